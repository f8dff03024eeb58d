package io.wsnotify.application;

import io.wsnotify.domain.port.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/** The {@link Notifier} of a node alone on its store: appends are announced within the process. */
public final class LocalNotifier implements Notifier {
    private final List<LongConsumer> followers = new CopyOnWriteArrayList<>();

    @Override
    public void appended(long seq) {
        for (LongConsumer follower : followers) {
            follower.accept(seq);
        }
    }

    @Override
    public void listen(LongConsumer follower) {
        followers.add(follower);
    }
}
