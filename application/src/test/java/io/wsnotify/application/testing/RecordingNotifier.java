package io.wsnotify.application.testing;

import io.wsnotify.domain.port.Notifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/** A {@link Notifier} that remembers the seqs it was told were appended, in the order it was told. */
public final class RecordingNotifier implements Notifier {
    private final List<Long> announced = new ArrayList<>();

    @Override
    public synchronized void appended(long seq) {
        announced.add(seq);
    }

    @Override
    public void listen(LongConsumer follower) {
        throw new UnsupportedOperationException("the use case tests have no follower");
    }

    /** The seqs announced so far. */
    public synchronized List<Long> published() {
        return List.copyOf(announced);
    }
}
