package io.wsnotify.domain.port;

import java.util.function.LongConsumer;

/**
 * Driven port: the wake-up that tells the log's follower on every node that the log has grown
 * (DESIGN §2, §8). It carries at most the new seq, never the notification: followers read the
 * log itself. A wake-up may be lost (a node's listening connection drops) and costs only latency,
 * as followers also poll the log.
 */
public interface Notifier {
    /** Called after the commit that appended {@code seq}; must not wait for other nodes. */
    void appended(long seq);

    /**
     * Registers this node's follower: it is told, from any thread, the seq of appends committed
     * on any node (a seq it has read already may come too, and late).
     */
    void listen(LongConsumer follower);
}
