package io.wsnotify.application.live;

import io.wsnotify.application.json.EnvelopeJson;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Transactions;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Use case: live delivery. Holds the live subscriptions, fans each committed notification out to
 * them (rendered once, enqueued per connection) and replays the log for clients that resume.
 *
 * <p>{@link #publish} is called after commit, in seq order,
 * and only enqueues, so no subscriber can slow a publisher.
 */
public final class LiveFeed implements Publication {
    private static final System.Logger LOG = System.getLogger(LiveFeed.class.getName());
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final NotificationLog log;
    private final Transactions transactions;
    private final EnvelopeJson envelopes;
    private final SystemFrames systemFrames;
    private final QueueLimits limits;
    private final Executor delivery;
    private final DeliveryWorkers workers;
    private final LiveStats stats = new LiveStats();
    private volatile boolean closed;

    public LiveFeed(NotificationLog log, Transactions transactions, EnvelopeJson envelopes,
                    SystemFrames systemFrames, QueueLimits limits, Executor delivery) {
        this.log = log;
        this.transactions = transactions;
        this.envelopes = envelopes;
        this.systemFrames = systemFrames;
        this.limits = limits;
        this.delivery = delivery;
        this.workers = new DeliveryWorkers(delivery, 2 * Runtime.getRuntime().availableProcessors());
    }

    /**
     * Registers a connection. It receives every later notification its request admits; with
     * {@code since} it first receives the logged ones after that seq, with no gap or duplicate.
     * After {@link #endAll} a new subscription is ended at once as a shutdown.
     */
    public Subscription subscribe(SubscriptionRequest request, DeliverySink sink) {
        Subscription subscription = new Subscription(request, request.since().orElse(0), sink, limits, delivery,
                workers, stats, subscriptions::remove);
        if (closed) {
            subscription.end(EndReason.Kind.SHUTDOWN);
            return subscription;
        }
        subscriptions.add(subscription);
        try {
            subscription.start(new LogReplay(), () -> transactions.inTransaction(log::bounds).newest());
        } catch (RuntimeException e) {
            subscription.cancel();
            throw e;
        }
        return subscription;
    }

    @Override
    public int publish(Notification notification) {
        stats.countPublished();
        Frame frame = new Frame(notification.seq(), envelopes.render(notification), System.nanoTime());
        int recipients = 0;
        for (Subscription subscription : subscriptions) {
            try {
                if (subscription.offer(notification, frame)) {
                    recipients++;
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Dropping a subscription that failed to accept a notification", e);
                subscription.cancel();
            }
        }
        return recipients;
    }

    /** Live connections right now. */
    public int connectionCount() {
        return subscriptions.size();
    }

    public LiveStats stats() {
        return stats;
    }

    /** Ends every connection with {@link EndReason.Kind#SHUTDOWN}. */
    public void endAll() {
        closed = true;
        for (Subscription subscription : List.copyOf(subscriptions)) {
            subscription.end(EndReason.Kind.SHUTDOWN);
        }
    }

    private final class LogReplay implements ReplaySource {
        @Override
        public ReplayPage page(SubscriptionRequest request, long since, int limit) {
            return transactions.inTransaction(() -> {
                LogBounds bounds = log.bounds();
                List<Notification> page = log.read(new LogQuery(since, request.topics(), request.client(), limit));
                long now = System.nanoTime();
                return new ReplayPage(bounds, page.stream()
                        .map(n -> new Frame(n.seq(), envelopes.render(n), now))
                        .toList());
            });
        }

        @Override
        public Frame systemFrame(String event, long since, LogBounds bounds) {
            return new Frame(0, systemFrames.render(event, since, bounds), System.nanoTime());
        }
    }
}
