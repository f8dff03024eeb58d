package io.wsnotify.bench;

import java.util.BitSet;

/**
 * The checks of one benchmark connection: counts and times every benchmark event it receives, and notes
 * duplicates, seqs out of order and foreign frames. Used by one loop thread; {@link #received} is read by others.
 */
final class BenchClient {

    private static final String DATA = "\"data\"";
    private static final String K = "\"k\"";
    private static final String SEQ = "\"seq\"";
    private static final String TOPIC = "\"topic\"";

    private final DeliveryStats stats;
    private final String topic;
    private final BitSet seen;
    private long lastSeq = Long.MIN_VALUE;
    private volatile int received;
    private volatile int resumed;
    private volatile boolean opened;

    BenchClient(DeliveryStats stats, String topic) {
        this.stats = stats;
        this.topic = topic;
        this.seen = new BitSet(stats.total());
    }

    /** A text frame received at {@code now} (System.nanoTime). */
    void text(String text, long now) {
        long seq = FrameFields.number(text, SEQ, 0);
        if (seq != FrameFields.MISSING) {
            if (seq <= lastSeq) {
                stats.faults().outOfOrder();
            }
            lastSeq = seq;
        }
        if (!FrameFields.stringEquals(text, TOPIC, topic)) {
            stats.faults().foreign();
            return;
        }
        long k = FrameFields.number(text, K, text.indexOf(DATA));
        if (k < 0 || k >= stats.total()) {
            stats.faults().foreign();
            return;
        }
        int event = (int) k;
        if (seen.get(event)) {
            stats.faults().duplicate();
            return;
        }
        seen.set(event);
        if (stats.delivered(event, now)) {
            received++;
        } else if (event >= stats.resumeFrom()) {
            resumed++;
        }
    }

    /** A frame that is not a benchmark event (binary). */
    void foreign() {
        stats.faults().foreign();
    }

    /** The server closed the connection with {@code code} before the benchmark did. */
    void serverClose(int code) {
        stats.faults().serverClose(code);
    }

    /** The connection failed after it had opened. */
    void error() {
        stats.faults().error();
    }

    /** Its connection completed the opening handshake. */
    void opened() {
        opened = true;
    }

    /** Whether its connection completed the opening handshake (it may have ended since). */
    boolean isOpened() {
        return opened;
    }

    /** Distinct measured (not warm-up) events this client has received. */
    int received() {
        return received;
    }

    /** Distinct events published while it was away that it has received since. */
    int resumed() {
        return resumed;
    }

    /** The newest seq it has received, the since= of its next connection (loop thread only); -1 before any. */
    long lastSeq() {
        return lastSeq == Long.MIN_VALUE ? -1 : lastSeq;
    }
}
