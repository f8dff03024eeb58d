package io.wsnotify.application.live;

import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.Visibility;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The node's one reader of the log (DESIGN §2): it reads every notification in seq order, renders
 * each once and appends it to the {@link FrameWindow}, then lets the subscriptions know.
 *
 * <p>It reads when the {@code Notifier} says the log grew, and at least every poll interval in
 * any case, so a lost wake-up costs latency, never a notification. Writers are serialised so that
 * seq order is commit order: reading {@code seq > position} never skips a seq committed later. A
 * failing read (the database is away) is logged once and retried; connections stay open and get
 * what they missed when the log is back.
 *
 * <p>Runs on a platform thread of its own: reads may block in native code.
 */
final class LogFollower<F> implements Runnable {
    private static final System.Logger LOG = System.getLogger(LogFollower.class.getName());

    private final LogReader reader;
    private final FrameRenderer<F> renderer;
    private final FrameWindow<F> window;
    private final LiveFeed<F> feed;
    private final long pollNanos;
    private final Thread thread;
    private volatile long announced;
    private volatile boolean stopped;
    private volatile long position;
    private final Object progress = new Object();
    private boolean failing;

    LogFollower(
            LogReader reader,
            FrameRenderer<F> renderer,
            FrameWindow<F> window,
            LiveFeed<F> feed,
            Duration pollInterval,
            long startSeq) {
        this.reader = reader;
        this.renderer = renderer;
        this.window = window;
        this.feed = feed;
        this.pollNanos = pollInterval.toNanos();
        this.position = startSeq;
        this.thread = Thread.ofPlatform().name("notify-log-follower").daemon().unstarted(this);
    }

    void start() {
        thread.start();
    }

    /** The seq of the newest notification read so far (the start seq before any). */
    long position() {
        return position;
    }

    /** Waits (at most {@code timeout}) until the position reaches {@code seq}; true if it did. */
    boolean awaitPosition(long seq, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (position < seq) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || stopped) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
        }
        return true;
    }

    /** Some node appended {@code seq}: read the log now if that is new. Any thread; never blocks. */
    void appended(long seq) {
        if (seq > announced) {
            announced = seq;
            LockSupport.unpark(thread);
        }
    }

    @Override
    public void run() {
        while (!stopped) {
            if (announced <= position) {
                LockSupport.parkNanos(this, pollNanos);
            }
            try {
                follow();
                recovered();
            } catch (RuntimeException e) {
                failed(e);
                LockSupport.parkNanos(this, pollNanos);
            }
        }
    }

    /** Reads every page there is after the position. */
    private void follow() {
        while (!stopped) {
            LogReader.Page page =
                    reader.read(new LogQuery(position, Set.of(), Visibility.everything(), LogReader.PAGE));
            if (page.bounds().isBehind(position) || page.bounds().hasPrunedAfter(position)) {
                restart(
                        page.bounds().isBehind(position)
                                ? page.bounds().newest()
                                : page.bounds().oldest() - 1);
                continue;
            }
            window.markPrunedThrough(page.bounds().prunedThrough());
            append(page);
            if (!page.isFull()) {
                return;
            }
        }
    }

    private void append(LogReader.Page page) {
        if (page.notifications().isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        for (Notification notification : page.notifications()) {
            F payload = renderer.render(notification);
            window.append(Frame.live(notification, payload, renderer.size(payload), now));
            position = notification.seq();
        }
        synchronized (progress) {
            progress.notifyAll();
        }
        feed.appended(page.notifications().size());
    }

    /**
     * The log lost what the window would need next: it was pruned past the position (the
     * follower fell behind retention) or replaced by an older one. The window starts over there,
     * and every connection reading it is ended to resume, which tells it what happened.
     */
    private void restart(long seq) {
        LOG.log(
                Level.WARNING,
                "The notification log no longer continues after seq {0} (pruned or replaced);"
                        + " live connections resume from seq {1}",
                position,
                seq);
        position = seq;
        synchronized (progress) {
            progress.notifyAll();
        }
        window.restartAfter(seq);
        feed.windowRestarted();
    }

    private void failed(RuntimeException e) {
        if (!failing) {
            failing = true;
            LOG.log(
                    Level.WARNING,
                    "Reading the notification log failed; retrying every " + Duration.ofNanos(pollNanos)
                            + " while connections stay open",
                    e);
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            LOG.log(Level.INFO, "Reading the notification log works again, at seq {0}", position);
        }
    }

    /** Stops the thread and waits for it (briefly). */
    void stop() {
        stopped = true;
        LockSupport.unpark(thread);
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
