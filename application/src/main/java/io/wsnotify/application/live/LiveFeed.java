package io.wsnotify.application.live;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.port.IdGenerator;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Notifier;
import io.wsnotify.domain.port.Transactions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Use case: live delivery, driven by the log (DESIGN §2, §5). A {@link LogFollower} reads each
 * notification once, in seq order, into a shared window of rendered frames; every connection is
 * a {@link Subscription}, a cursor over that window that reads older pages from the log itself
 * when it resumes from further back ({@link ReplayReaders}). Publishers only append to the log and wake the follower, so
 * no connection can slow a publisher or another connection.
 *
 * @param <F> the rendered frame the transports write ({@link FrameRenderer})
 */
public final class LiveFeed<F> implements LiveView, AutoCloseable {
    private final QueueLimits limits;
    private final FrameWindow<F> window;
    private final LogFollower<F> follower;
    private final ReplayReaders<F> replayReaders;
    private final Set<Subscription<F>> subscriptions = ConcurrentHashMap.newKeySet();
    private final LiveStats stats = new LiveStats();
    private volatile boolean closed;

    /**
     * A feed over {@code log} whose follower starts at the log's newest seq and wakes on
     * {@code notifier}. Call {@link #start()} to start following.
     */
    public LiveFeed(
            NotificationLog log,
            Transactions transactions,
            Notifier notifier,
            FrameRenderer<F> renderer,
            IdGenerator ids,
            InstantSource clock,
            DeliverySettings settings) {
        LogReader reader = new LogReader(log, transactions);
        this.limits = settings.limits();
        long start = reader.newestSeq();
        this.window = new FrameWindow<>(settings.windowFrames(), settings.windowBytes(), start);
        this.follower = new LogFollower<>(reader, renderer, window, this, settings.pollInterval(), start);
        this.replayReaders = new ReplayReaders<>(
                reader, renderer, new StreamNotices(ids, clock), window, stats, () -> closed, settings.replayReaders());
        notifier.listen(follower::appended);
    }

    /** Starts following the log. */
    public void start() {
        follower.start();
    }

    /**
     * Registers a connection. It receives every notification its request admits that is appended
     * after it joins; with {@code since} it first receives the logged ones after that seq, with
     * no gap or duplicate. The transport polls the subscription when the sink is told it is ready.
     * After {@link #endAll} a new subscription is ended at once as a shutdown.
     */
    public Subscription<F> subscribe(SubscriptionRequest request, DeliverySink sink) {
        Subscription<F> subscription = new Subscription<>(request, sink, this, window);
        subscriptions.add(subscription);
        if (closed) {
            subscription.end(EndReason.Kind.SHUTDOWN);
            return subscription;
        }
        subscription.start();
        return subscription;
    }

    @Override
    public int recipientsOf(Notification notification) {
        int recipients = 0;
        for (Subscription<F> subscription : subscriptions) {
            if (!subscription.isEnded()
                    && subscription.startedBefore(notification.seq())
                    && subscription.request().admits(notification)) {
                recipients++;
            }
        }
        return recipients;
    }

    public LiveStats stats() {
        return stats;
    }

    @Override
    public long followedSeq() {
        return follower.position();
    }

    @Override
    public boolean awaitFollowed(long seq, Duration timeout) throws InterruptedException {
        return follower.awaitPosition(seq, timeout);
    }

    @Override
    public void pruned(LogBounds bounds) {
        window.markPrunedThrough(bounds.prunedThrough());
    }

    /** Ends every connection with {@link EndReason.Kind#SHUTDOWN}; later ones are ended at once. */
    public void endAll() {
        closed = true;
        for (Subscription<F> subscription : List.copyOf(subscriptions)) {
            subscription.end(EndReason.Kind.SHUTDOWN);
        }
    }

    /** Ends every connection as a shutdown and stops following the log. */
    @Override
    public void close() {
        endAll();
        follower.stop();
        replayReaders.close();
    }

    // ---- for the follower and the subscriptions ----

    QueueLimits limits() {
        return limits;
    }

    void forget(Subscription<F> subscription) {
        subscriptions.remove(subscription);
    }

    /** The follower appended {@code count} frames: judge and wake every connection. */
    void appended(int count) {
        stats.countPublished(count);
        for (Subscription<F> subscription : subscriptions) {
            subscription.afterAppend(limits);
        }
    }

    /** The follower's window started over: every connection resumes, and learns why. */
    void windowRestarted() {
        for (Subscription<F> subscription : List.copyOf(subscriptions)) {
            subscription.end(EndReason.Kind.SLOW_CONSUMER);
        }
    }

    /** Reads the next page of a subscription's replay on a reader thread and hands it over. */
    void readPage(Subscription<F> subscription, long position, boolean opening) {
        replayReaders.readPage(subscription, position, opening);
    }

    /** Settings of live delivery. */
    public record DeliverySettings(
            QueueLimits limits, Duration pollInterval, int windowFrames, long windowBytes, int replayReaders) {
        public DeliverySettings {
            if (pollInterval.isNegative()
                    || pollInterval.isZero()
                    || windowFrames < 2 * limits.maxNotifications()
                    || windowBytes < 2 * limits.maxBytes()
                    || replayReaders < 1) {
                throw new IllegalArgumentException("delivery settings out of range");
            }
        }

        /**
         * The window holds four times what one connection may fall behind (at least 4,096 frames and
         * 16 MiB), so a resume from within it catches up from memory.
         */
        public static DeliverySettings of(QueueLimits limits, Duration pollInterval) {
            return new DeliverySettings(
                    limits,
                    pollInterval,
                    Math.max(4096, 4 * limits.maxNotifications()),
                    Math.max(16L << 20, 4 * limits.maxBytes()),
                    Math.max(2, Runtime.getRuntime().availableProcessors()));
        }
    }
}
