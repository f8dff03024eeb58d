package io.wsnotify.application.live;

import io.wsnotify.domain.Notification;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One live connection's delivery state: its filter, a bounded outbound queue and the last seq it
 * was sent.
 *
 * <p>Publishers only {@link #offer} (enqueue). One writer at a time feeds the sink: the replay
 * first (with {@code since}), then the {@link DeliveryWorkers}, one drain at a time; the
 * {@code writing} flag says who. Frames at or below the last delivered seq are skipped, so the client sees every seq
 * once, in order. A queue past its {@link QueueLimits} ends the connection as a slow consumer
 * instead of growing; the sink is told on a delivery thread, after any send in flight.
 */
public final class Subscription {
    /** How long an end waits for a send in flight before naming the seq before it. */
    private static final long SEND_GRACE_MILLIS = 1000;
    /** Frames one drain sends before the subscription goes back to the end of the ready queue. */
    private static final int DRAIN_BATCH = 64;
    private static final VarHandle WRITING;
    private static final VarHandle ENDED;
    private static final VarHandle END_SIGNALLED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            WRITING = lookup.findVarHandle(Subscription.class, "writing", boolean.class);
            ENDED = lookup.findVarHandle(Subscription.class, "ended", boolean.class);
            END_SIGNALLED = lookup.findVarHandle(Subscription.class, "endSignalled", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final SubscriptionRequest request;
    private final DeliverySink sink;
    private final Executor executor;
    private final DeliveryWorkers workers;
    private final LiveStats stats;
    private final Consumer<Subscription> onEnd;
    private final OutboundQueue queue;
    private volatile boolean writing;
    private volatile boolean ended;
    private volatile boolean endSignalled;
    private final ReentrantLock sendLock = new ReentrantLock();
    private volatile EndReason.Kind endKind;
    private volatile long lastDelivered;

    Subscription(SubscriptionRequest request, long startSeq, DeliverySink sink, QueueLimits limits,
                 Executor executor, DeliveryWorkers workers, LiveStats stats, Consumer<Subscription> onEnd) {
        this.request = request;
        this.sink = sink;
        this.queue = new OutboundQueue(limits);
        this.executor = executor;
        this.workers = workers;
        this.stats = stats;
        this.onEnd = onEnd;
        this.lastDelivered = startSeq;
        this.writing = true; // held until start() knows where delivery begins
    }

    public SubscriptionRequest request() {
        return request;
    }

    /** The seq of the newest notification written to this connection (its start seq before any). */
    public long lastDeliveredSeq() {
        return lastDelivered;
    }

    public boolean isActive() {
        return !ended;
    }

    /** Stops delivery because the client went away. Idempotent; the sink is not told. */
    public void cancel() {
        if (ENDED.compareAndSet(this, false, true)) {
            clearQueue();
            onEnd.accept(this);
        }
    }

    /** Ends the connection for {@code kind}; the sink hears of it after any send in flight. */
    void end(EndReason.Kind kind) {
        if (!ENDED.compareAndSet(this, false, true)) {
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

    /** Queues the notification's rendered frame (shared by all subscribers) if this connection wants it; never blocks. */
    boolean offer(Notification notification, Frame frame) {
        if (ended || !request.admits(notification)) {
            return false;
        }
        if (!queue.add(frame)) {
            end(EndReason.Kind.SLOW_CONSUMER);
            return false;
        }
        scheduleDrain();
        return true;
    }

    /**
     * Starts delivery once the subscription is registered: with {@code since}, the replay holds the
     * writer role until it is done; without, delivery begins after the log's newest seq read now, so
     * every later notification is either queued already or still to come, and none is skipped.
     */
    void start(ReplaySource source, LongSupplier newestSeq) {
        if (request.since().isPresent()) {
            executor.execute(() -> {
                boolean replayed = new Replay(request, source, this::write, seq -> lastDelivered = seq).run();
                if (!replayed) {
                    stats.countFailedSend();
                    end(EndReason.Kind.SLOW_CONSUMER);
                }
                releaseWriter();
            });
        } else {
            lastDelivered = newestSeq.getAsLong();
            releaseWriter();
        }
    }

    /**
     * Writes one frame unless the connection has ended; false when it has. The send lock makes
     * an end wait (briefly) for a send in flight, so the seq it names is exact.
     */
    private boolean write(long seq, String text) throws Exception {
        sendLock.lock();
        try {
            if (ended) {
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
        if (!ended && !queue.isEmpty() && WRITING.compareAndSet(this, false, true)) {
            workers.schedule(this);
        }
    }

    /** Sends up to a batch of queued frames, on a worker that holds this subscription's writer role. */
    void drain(DeliveryWorkers by) {
        try {
            Frame frame;
            int sent = 0;
            while (sent++ < DRAIN_BATCH && !ended && (frame = queue.poll()) != null) {
                if (frame.seq() > lastDelivered && send(by, frame)) {
                    stats.countDelivered(System.nanoTime() - frame.publishedNanos());
                }
            }
        } catch (Exception e) {
            stats.countFailedSend();
            cancel();
        }
        releaseWriter();
    }

    private boolean send(DeliveryWorkers by, Frame frame) throws Exception {
        by.beforeSend();
        try {
            return write(frame.seq(), frame.text());
        } finally {
            by.afterSend();
        }
    }

    private void releaseWriter() {
        writing = false;
        scheduleDrain();
    }

    /**
     * Tells the sink once. A send blocked on a peer that stopped reading is not waited for past
     * the grace period: the reason then says a send is in flight, and the transport drops the
     * connection instead of naming a seq the peer may already have passed.
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
            if (!END_SIGNALLED.compareAndSet(this, false, true)) {
                return;
            }
            reason = new EndReason(endKind, lastDelivered, !locked);
        } finally {
            if (locked) {
                sendLock.unlock();
            }
        }
        sink.end(reason);
    }

    private void clearQueue() {
        queue.clear();
    }
}
