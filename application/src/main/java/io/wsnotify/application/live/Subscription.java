package io.wsnotify.application.live;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One live connection's delivery state: its filter, a bounded outbound queue and the last seq it
 * was sent.
 *
 * <p>Publishers only {@link #offer} (enqueue); a single drain task at a time writes to the sink
 * on the delivery executor. With {@code since}, the log is replayed first while live frames
 * wait in the queue; frames at or below the last delivered seq are then skipped, so the client
 * sees every seq once, in order. A queue past its {@link QueueLimits} ends the connection as a
 * slow consumer instead of growing.
 */
public final class Subscription {
    private static final int REPLAY_PAGE = 500;

    private final SubscriptionRequest request;
    private final DeliverySink sink;
    private final QueueLimits limits;
    private final Executor executor;
    private final LiveStats stats;
    private final Consumer<Subscription> onEnd;
    private final ConcurrentLinkedQueue<Frame> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queuedCount = new AtomicInteger();
    private final AtomicLong queuedChars = new AtomicLong();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean replaying;
    private volatile long lastDelivered;

    Subscription(SubscriptionRequest request, DeliverySink sink, QueueLimits limits, Executor executor,
                 LiveStats stats, Consumer<Subscription> onEnd) {
        this.request = request;
        this.sink = sink;
        this.limits = limits;
        this.executor = executor;
        this.stats = stats;
        this.onEnd = onEnd;
        this.replaying = request.since().isPresent();
    }

    public SubscriptionRequest request() {
        return request;
    }

    /** The seq of the newest notification written to this connection (0 before any). */
    public long lastDeliveredSeq() {
        return lastDelivered;
    }

    public boolean isActive() {
        return !ended.get();
    }

    /** Stops delivery (the client went away). Idempotent. */
    public void cancel() {
        if (ended.compareAndSet(false, true)) {
            clearQueue();
            onEnd.accept(this);
        }
    }

    /** Ends the connection for {@code kind}, telling the sink the seq to resume from. */
    void end(EndReason.Kind kind) {
        if (ended.compareAndSet(false, true)) {
            clearQueue();
            onEnd.accept(this);
            EndReason reason = new EndReason(kind, lastDelivered);
            executor.execute(() -> sink.end(reason));
        }
    }

    /** Queues a rendered notification if this connection wants it; never blocks. */
    boolean offer(Notification notification, String text, long publishedNanos) {
        if (ended.get() || !request.admits(notification)) {
            return false;
        }
        int count = queuedCount.incrementAndGet();
        long chars = queuedChars.addAndGet(text.length());
        if (count > limits.maxNotifications() || chars > limits.maxBytes()) {
            stats.countSlowConsumerDisconnect();
            end(EndReason.Kind.SLOW_CONSUMER);
            return false;
        }
        queue.add(new Frame(notification.seq(), text, publishedNanos));
        scheduleDrain();
        return true;
    }

    /** Starts delivery: replays from {@code since} first when asked to. */
    void start(ReplaySource source) {
        if (replaying) {
            executor.execute(() -> replay(source));
        }
    }

    private void replay(ReplaySource source) {
        try {
            long since = request.since().orElseThrow();
            LogBounds bounds = source.bounds();
            long from = since;
            if (bounds.isBehind(since)) {
                sink.send(source.systemFrame("replay.reset", since, bounds).text());
                from = bounds.newest();
            } else if (bounds.hasPrunedAfter(since)) {
                sink.send(source.systemFrame("replay.truncated", since, bounds).text());
                from = Math.max(since, bounds.oldest() - 1);
            }
            lastDelivered = from;
            replayFrom(source, from);
        } catch (Exception e) {
            failed();
            return;
        }
        replaying = false;
        scheduleDrain();
    }

    private void replayFrom(ReplaySource source, long from) throws Exception {
        List<Frame> page;
        do {
            page = source.read(new LogQuery(from, request.topics(), request.client(), REPLAY_PAGE));
            for (Frame frame : page) {
                if (ended.get()) {
                    return;
                }
                sink.send(frame.text());
                lastDelivered = frame.seq();
                from = frame.seq();
            }
        } while (page.size() == REPLAY_PAGE);
    }

    private void scheduleDrain() {
        if (!replaying && !ended.get() && !queue.isEmpty() && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Frame frame;
            while (!ended.get() && (frame = queue.poll()) != null) {
                queuedCount.decrementAndGet();
                queuedChars.addAndGet(-frame.text().length());
                if (frame.seq() > lastDelivered) {
                    sink.send(frame.text());
                    lastDelivered = frame.seq();
                    stats.countDelivered(System.nanoTime() - frame.publishedNanos());
                }
            }
        } catch (Exception e) {
            failed();
        } finally {
            draining.set(false);
        }
        scheduleDrain();
    }

    private void failed() {
        stats.countFailedSend();
        cancel();
    }

    private void clearQueue() {
        queue.clear();
        queuedCount.set(0);
        queuedChars.set(0);
    }
}
