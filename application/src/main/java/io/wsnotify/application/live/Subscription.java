package io.wsnotify.application.live;

import io.wsnotify.domain.Notification;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One live connection's delivery state: its filter, a bounded outbound queue and the last seq it
 * was sent.
 *
 * <p>Publishers only {@link #offer} (enqueue). One writer at a time feeds the sink: the replay
 * first (with {@code since}), then drain tasks on the delivery executor; the {@code writing} flag
 * says who. Frames at or below the last delivered seq are skipped, so the client sees every seq
 * once, in order. A queue past its {@link QueueLimits} ends the connection as a slow consumer
 * instead of growing; the sink is told on a delivery thread, after any send in flight.
 */
public final class Subscription {
    /** How long an end waits for a send in flight before naming the seq before it. */
    private static final long SEND_GRACE_MILLIS = 1000;

    private final SubscriptionRequest request;
    private final DeliverySink sink;
    private final QueueLimits limits;
    private final Executor executor;
    private final LiveStats stats;
    private final Consumer<Subscription> onEnd;
    private final ConcurrentLinkedQueue<Frame> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queuedCount = new AtomicInteger();
    private final AtomicLong queuedChars = new AtomicLong();
    private final AtomicBoolean writing;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicBoolean endSignalled = new AtomicBoolean();
    private final ReentrantLock sendLock = new ReentrantLock();
    private volatile EndReason.Kind endKind;
    private volatile long lastDelivered;

    Subscription(SubscriptionRequest request, long startSeq, DeliverySink sink, QueueLimits limits,
                 Executor executor, LiveStats stats, Consumer<Subscription> onEnd) {
        this.request = request;
        this.sink = sink;
        this.limits = limits;
        this.executor = executor;
        this.stats = stats;
        this.onEnd = onEnd;
        this.lastDelivered = startSeq;
        this.writing = new AtomicBoolean(request.since().isPresent());
    }

    public SubscriptionRequest request() {
        return request;
    }

    /** The seq of the newest notification written to this connection (its start seq before any). */
    public long lastDeliveredSeq() {
        return lastDelivered;
    }

    public boolean isActive() {
        return !ended.get();
    }

    /** Stops delivery because the client went away. Idempotent; the sink is not told. */
    public void cancel() {
        if (ended.compareAndSet(false, true)) {
            clearQueue();
            onEnd.accept(this);
        }
    }

    /** Ends the connection for {@code kind}; the sink hears of it after any send in flight. */
    void end(EndReason.Kind kind) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        endKind = kind;
        if (kind == EndReason.Kind.SLOW_CONSUMER) {
            stats.countSlowConsumerDisconnect();
        }
        clearQueue();
        onEnd.accept(this);
        try {
            executor.execute(this::signalEnd);
        } catch (RejectedExecutionException shuttingDown) {
            signalEnd();
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
            end(EndReason.Kind.SLOW_CONSUMER);
            return false;
        }
        queue.add(new Frame(notification.seq(), text, publishedNanos));
        scheduleDrain();
        return true;
    }

    /** Starts delivery: with {@code since}, the replay holds the writer role until it is done. */
    void start(ReplaySource source) {
        if (request.since().isPresent()) {
            executor.execute(() -> {
                boolean replayed = new Replay(request, source, this::write, seq -> lastDelivered = seq).run();
                if (!replayed) {
                    stats.countFailedSend();
                    end(EndReason.Kind.SLOW_CONSUMER);
                }
                releaseWriter();
            });
        }
    }

    /**
     * Writes one frame unless the connection has ended; false when it has. The send lock makes
     * an end wait (briefly) for a send in flight, so the seq it names is exact.
     */
    private boolean write(long seq, String text) throws Exception {
        sendLock.lock();
        try {
            if (ended.get()) {
                return false;
            }
            sink.send(seq, text);
            if (seq > 0) {
                lastDelivered = seq;
            }
            return true;
        } finally {
            sendLock.unlock();
        }
    }

    private void scheduleDrain() {
        if (!ended.get() && !queue.isEmpty() && writing.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Frame frame;
            while (!ended.get() && (frame = queue.poll()) != null) {
                queuedCount.decrementAndGet();
                queuedChars.addAndGet(-frame.text().length());
                if (frame.seq() > lastDelivered && write(frame.seq(), frame.text())) {
                    stats.countDelivered(System.nanoTime() - frame.publishedNanos());
                }
            }
        } catch (Exception e) {
            stats.countFailedSend();
            cancel();
        }
        releaseWriter();
    }

    private void releaseWriter() {
        writing.set(false);
        scheduleDrain();
    }

    /**
     * Tells the sink once. A send blocked on a peer that stopped reading is not waited for past
     * the grace period: the seq named is then the one before it, so resuming may repeat that one
     * frame but never loses it.
     */
    private void signalEnd() {
        EndReason reason;
        boolean locked = false;
        try {
            locked = sendLock.tryLock(SEND_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (!endSignalled.compareAndSet(false, true)) {
                return;
            }
            reason = new EndReason(endKind, lastDelivered);
        } finally {
            if (locked) {
                sendLock.unlock();
            }
        }
        sink.end(reason);
    }

    private void clearQueue() {
        queue.clear();
        queuedCount.set(0);
        queuedChars.set(0);
    }
}
