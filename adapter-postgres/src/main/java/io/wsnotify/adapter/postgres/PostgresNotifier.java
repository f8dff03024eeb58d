package io.wsnotify.adapter.postgres;

import io.wsnotify.domain.port.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * {@link Notifier} across nodes with LISTEN/NOTIFY (DESIGN §8). {@link #appended} tells this node's
 * followers at once, in process, and has the {@link WakeUpSender} notify the other nodes after the
 * commit, without waiting for it. {@link #listen} registers a follower and starts this node's one
 * {@link ListeningConnection}, which passes on the seqs that the other nodes (and this one) announce,
 * and the newest seq of the log after a reconnection or a quiet poll interval.
 *
 * <p>Threading: followers are called on the appending thread for local appends and on the listening
 * thread for the others; a follower that throws is logged and does not stop the others.
 */
final class PostgresNotifier implements Notifier, AutoCloseable {
    static final String CHANNEL = "wsnotify_log";
    private static final System.Logger LOG = System.getLogger(PostgresNotifier.class.getName());

    private final List<LongConsumer> followers = new CopyOnWriteArrayList<>();
    private final WakeUpSender sender;
    private final ListeningConnection listener;

    PostgresNotifier(WakeUpSender sender, ConnectionOpener opener) {
        this.sender = sender;
        this.listener =
                new ListeningConnection(opener, CHANNEL, opener.settings().pollInterval(), this::wakeUp);
    }

    @Override
    public void appended(long seq) {
        wakeUp(seq);
        sender.send(seq);
    }

    @Override
    public void listen(LongConsumer follower) {
        followers.add(follower);
        listener.start();
    }

    /** The listening session (for this module's tests). */
    ListeningConnection listener() {
        return listener;
    }

    @Override
    public void close() {
        listener.close();
        sender.close();
    }

    private void wakeUp(long seq) {
        for (LongConsumer follower : followers) {
            try {
                follower.accept(seq);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A follower failed on the wake-up for seq " + seq, e);
            }
        }
    }
}
