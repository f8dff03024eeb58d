package io.wsnotify.application.live;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The threads that read the log for subscriptions resuming from further back than the follower's
 * window: one page at a time, rendered and handed to the subscription. A failed read ends the
 * connection with a server error (it resumes from its last seq); during shutdown, as a shutdown.
 */
final class ReplayReaders<F> implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ReplayReaders.class.getName());

    private final LogReader reader;
    private final FrameRenderer<F> renderer;
    private final StreamNotices notices;
    private final FrameWindow<F> window;
    private final LiveStats stats;
    private final BooleanSupplier closing;
    private final ExecutorService threads;

    /** @param closing whether the feed is shutting down, when a read fails */
    ReplayReaders(
            LogReader reader,
            FrameRenderer<F> renderer,
            StreamNotices notices,
            FrameWindow<F> window,
            LiveStats stats,
            BooleanSupplier closing,
            int threads) {
        this.reader = reader;
        this.renderer = renderer;
        this.notices = notices;
        this.window = window;
        this.stats = stats;
        this.closing = closing;
        this.threads = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("notify-replay-", 0).daemon().factory());
    }

    /** Reads the next page of a subscription's replay on a reader thread and hands it over. */
    void readPage(Subscription<F> subscription, long position, boolean opening) {
        try {
            threads.execute(() -> handPage(subscription, position, opening));
        } catch (RejectedExecutionException stopping) {
            subscription.end(EndReason.Kind.SHUTDOWN);
        }
    }

    /** Stops the readers, waiting a little for a read under way. */
    @Override
    public void close() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void handPage(Subscription<F> subscription, long position, boolean opening) {
        if (subscription.isEnded()) {
            return;
        }
        try {
            replayPage(subscription, position, opening);
        } catch (RuntimeException e) {
            if (closing.getAsBoolean()) {
                subscription.end(EndReason.Kind.SHUTDOWN);
                return;
            }
            stats.countFailedReplay();
            LOG.log(
                    Level.WARNING,
                    "Replaying the log after seq " + position + " failed; the connection is closed"
                            + " (1011) and resumes from its last seq",
                    e);
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
        LogReader.Page page =
                reader.read(new LogQuery(position, request.topics(), request.visibility(), LogReader.PAGE));
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
}
