package io.wsnotify.application.live;

import io.wsnotify.application.json.EnvelopeJson;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Notifier;
import io.wsnotify.domain.port.Transactions;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Use case: live delivery. Holds the live subscriptions, fans each committed notification out to
 * them (rendered once, enqueued per connection) and replays the log for clients that resume.
 *
 * <p>It is the core's {@link Notifier}: {@link #publish} is called after commit, in seq order,
 * and only enqueues, so no subscriber can slow a publisher.
 */
public final class LiveFeed implements Notifier {
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final NotificationLog log;
    private final Transactions transactions;
    private final EnvelopeJson envelopes;
    private final SystemFrames systemFrames;
    private final QueueLimits limits;
    private final Executor delivery;
    private final LiveStats stats = new LiveStats();

    public LiveFeed(NotificationLog log, Transactions transactions, EnvelopeJson envelopes,
                    SystemFrames systemFrames, QueueLimits limits, Executor delivery) {
        this.log = log;
        this.transactions = transactions;
        this.envelopes = envelopes;
        this.systemFrames = systemFrames;
        this.limits = limits;
        this.delivery = delivery;
    }

    /**
     * Registers a connection. It receives every later notification its request admits; with
     * {@code since} it first receives the logged ones after that seq, with no gap or duplicate.
     */
    public Subscription subscribe(SubscriptionRequest request, DeliverySink sink) {
        Subscription subscription = new Subscription(request, sink, limits, delivery, stats, subscriptions::remove);
        subscriptions.add(subscription);
        subscription.start(new LogReplay());
        return subscription;
    }

    @Override
    public int publish(Notification notification) {
        stats.countPublished();
        String text = envelopes.render(notification);
        long now = System.nanoTime();
        int recipients = 0;
        for (Subscription subscription : subscriptions) {
            if (subscription.offer(notification, text, now)) {
                recipients++;
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
        for (Subscription subscription : List.copyOf(subscriptions)) {
            subscription.end(EndReason.Kind.SHUTDOWN);
        }
    }

    private final class LogReplay implements ReplaySource {
        @Override
        public LogBounds bounds() {
            return transactions.inTransaction(log::bounds);
        }

        @Override
        public List<Frame> read(LogQuery query) {
            List<Notification> page = transactions.inTransaction(() -> log.read(query));
            return page.stream().map(n -> new Frame(n.seq(), envelopes.render(n), System.nanoTime())).toList();
        }

        @Override
        public Frame systemFrame(String event, long since, LogBounds bounds) {
            return new Frame(0, systemFrames.render(event, since, bounds), System.nanoTime());
        }
    }
}
