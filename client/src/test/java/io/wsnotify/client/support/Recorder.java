package io.wsnotify.client.support;

import io.wsnotify.client.ConnectionEvent;
import io.wsnotify.client.Gap;
import io.wsnotify.client.Notification;
import io.wsnotify.client.NotifyClientBuilder;
import io.wsnotify.client.NotifyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Records everything a client's callbacks are given, in order, and how they were called: on
 * which threads, and whether two ever overlapped.
 */
public final class Recorder {
    private final List<Notification> notifications = new CopyOnWriteArrayList<>();
    private final List<Object> everything = new CopyOnWriteArrayList<>();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inCallback = new AtomicInteger();
    private final AtomicInteger overlaps = new AtomicInteger();

    /** Registers this recorder's four callbacks on {@code builder}. */
    public NotifyClientBuilder attach(NotifyClientBuilder builder) {
        return attach(builder, n -> {});
    }

    /** The same, with {@code work} done in the notification callback after recording (a slow consumer, say). */
    public NotifyClientBuilder attach(NotifyClientBuilder builder, Consumer<Notification> work) {
        return builder.onNotification(n -> record(n, () -> {
                    notifications.add(n);
                    work.accept(n);
                }))
                .onGap(g -> record(g, () -> {}))
                .onConnection(e -> record(e, () -> {}))
                .onError(e -> record(e, () -> {}));
    }

    private void record(Object item, Runnable extra) {
        if (inCallback.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
        }
        try {
            threads.add(Thread.currentThread());
            everything.add(item);
            extra.run();
        } finally {
            inCallback.decrementAndGet();
        }
    }

    public List<Long> seqs() {
        return notifications.stream().map(Notification::seq).toList();
    }

    public List<Notification> notifications() {
        return List.copyOf(notifications);
    }

    public long lastSeq() {
        return notifications.isEmpty()
                ? 0
                : notifications.get(notifications.size() - 1).seq();
    }

    public List<ConnectionEvent> events(ConnectionEvent.Kind kind) {
        return of(ConnectionEvent.class).stream().filter(e -> e.kind() == kind).toList();
    }

    public List<Gap> gaps() {
        return of(Gap.class);
    }

    public List<NotifyException> errors() {
        return of(NotifyException.class);
    }

    /** Everything, in the order the callbacks were called. */
    public List<Object> everything() {
        return List.copyOf(everything);
    }

    public Set<Thread> threads() {
        return Set.copyOf(threads);
    }

    public int overlaps() {
        return overlaps.get();
    }

    private <T> List<T> of(Class<T> type) {
        List<T> matching = new ArrayList<>();
        for (Object item : everything) {
            if (type.isInstance(item)) {
                matching.add(type.cast(item));
            }
        }
        return matching;
    }

    /** For failure messages: the last few items. */
    public String summary() {
        List<Object> all = everything();
        List<Object> tail = all.subList(Math.max(0, all.size() - 8), all.size()).stream()
                .map(item -> item instanceof Notification ? "seq " + ((Notification) item).seq() : item)
                .toList();
        return notifications.size() + " notifications, last seq " + lastSeq() + ", last callbacks " + tail;
    }
}
