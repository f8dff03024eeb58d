package io.wsnotify.application.live;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.port.IdGenerator;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Notifier;
import io.wsnotify.domain.port.Transactions;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Use case: live delivery, driven by the log (DESIGN §2, §5). A {@link LogFollower} reads each
 * notification once, in seq order, into a shared window of rendered frames; every connection is
 * a {@link Subscription}, a cursor over that window that reads older pages from the log itself
 * when it resumes from further back. Publishers only append to the log and wake the follower, so
 * no connection can slow a publisher or another connection.
 *
 * @param <F> the rendered frame the transports write ({@link FrameRenderer})
 */
public final class LiveFeed<F> implements LiveView, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LiveFeed.class.getName());

    private final LogReader reader;
    private final FrameRenderer<F> renderer;
    private final StreamNotices notices;
    private final QueueLimits limits;
    private final FrameWindow<F> window;
    private final LogFollower<F> follower;
    private final ExecutorService replayReaders;
    private final Set<Subscription<F>> subscriptions = ConcurrentHashMap.newKeySet();
    private final LiveStats stats = new LiveStats();
    private volatile boolean closed;

    /**
     * A feed over {@code log} whose follower starts at the log's newest seq and wakes on
     * {@code notifier}. Call {@link #start()} to start following.
     */
    public LiveFeed(NotificationLog log, Transactions transactions, Notifier notifier, FrameRenderer<F> renderer,
                    IdGenerator ids, InstantSource clock, DeliverySettings settings) {
        this.reader = new LogReader(log, transactions);
        this.renderer = renderer;
        this.notices = new StreamNotices(ids, clock);
        this.limits = settings.limits();
        long start = reader.newestSeq();
        this.window = new FrameWindow<>(settings.windowFrames(), settings.windowBytes(), start);
        this.follower = new LogFollower<>(reader, renderer, window, this, settings.pollInterval(), start);
        this.replayReaders = Executors.newFixedThreadPool(settings.replayReaders(),
                Thread.ofPlatform().name("notify-replay-", 0).daemon().factory());
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
            if (!subscription.isEnded() && subscription.startedBefore(notification.seq())
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
        replayReaders.shutdown();
        try {
            if (!replayReaders.awaitTermination(5, TimeUnit.SECONDS)) {
                replayReaders.shutdownNow();
            }
        } catch (InterruptedException e) {
            replayReaders.shutdownNow();
            Thread.currentThread().interrupt();
        }
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
        try {
            replayReaders.execute(() -> handPage(subscription, position, opening));
        } catch (RejectedExecutionException stopping) {
            subscription.end(EndReason.Kind.SHUTDOWN);
        }
    }

    private void handPage(Subscription<F> subscription, long position, boolean opening) {
        if (subscription.isEnded()) {
            return;
        }
        try {
            replayPage(subscription, position, opening);
        } catch (RuntimeException e) {
            if (closed) {
                subscription.end(EndReason.Kind.SHUTDOWN);
                return;
            }
            stats.countFailedReplay();
            LOG.log(Level.WARNING, "Replaying the log after seq " + position + " failed; the connection is closed"
                    + " (1011) and resumes from its last seq", e);
            subscription.end(EndReason.Kind.SERVER_ERROR);
        }
    }

    /**
     * One page after {@code position}: a {@code replay.reset} notice first when the log is older
     * than a resume's start, a {@code replay.truncated} notice when it was pruned past the
     * position, then the notifications the subscription admits.
     */
    private void replayPage(Subscription<F> subscription, long position, boolean opening) {
        SubscriptionRequest request = subscription.request();
        LogReader.Page page = reader.read(new LogQuery(position, request.topics(), request.visibility(),
                LogReader.PAGE));
        LogBounds bounds = page.bounds();
        List<Frame<F>> frames = new ArrayList<>(page.notifications().size() + 1);
        long reached = position;
        if (opening && bounds.isBehind(position)) {
            frames.add(noticeFrame(notices.reset(position, bounds)));
            reached = bounds.newest();
        } else if (bounds.hasPrunedAfter(position)) {
            StreamNotice truncated = notices.truncated(position, bounds);
            frames.add(noticeFrame(truncated));
            reached = truncated.resumeAfter();
        }
        for (Notification notification : page.notifications()) {
            F payload = renderer.render(notification);
            frames.add(Frame.replayed(notification, payload, renderer.size(payload)));
            reached = notification.seq();
        }
        if (!page.isFull()) {
            reached = Math.max(reached, bounds.newest());
        }
        subscription.offerPage(frames, reached, window.resumeFloor() <= reached);
    }

    private Frame<F> noticeFrame(StreamNotice notice) {
        F payload = renderer.render(notice);
        return Frame.notice(notice.resumeAfter(), payload, renderer.size(payload));
    }

    /** Settings of live delivery. */
    public record DeliverySettings(QueueLimits limits, Duration pollInterval, int windowFrames, long windowBytes,
                                   int replayReaders) {
        public DeliverySettings {
            if (pollInterval.isNegative() || pollInterval.isZero() || windowFrames < 2 * limits.maxNotifications()
                    || windowBytes < 2 * limits.maxBytes() || replayReaders < 1) {
                throw new IllegalArgumentException("delivery settings out of range");
            }
        }

        /**
         * The window holds four times what one connection may fall behind (at least 4,096 frames and
         * 16 MiB), so a resume from within it catches up from memory.
         */
        public static DeliverySettings of(QueueLimits limits, Duration pollInterval) {
            return new DeliverySettings(limits, pollInterval, Math.max(4096, 4 * limits.maxNotifications()),
                    Math.max(16L << 20, 4 * limits.maxBytes()), Math.max(2, Runtime.getRuntime().availableProcessors()));
        }
    }
}
