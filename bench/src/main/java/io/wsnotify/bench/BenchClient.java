package io.wsnotify.bench;

import java.net.http.WebSocket;
import java.util.BitSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** One benchmark WebSocket client: checks, counts and times every benchmark frame it receives. */
final class BenchClient implements WebSocket.Listener {

    private static final String DATA = "\"data\"";
    private static final String K = "\"k\"";
    private static final String SEQ = "\"seq\"";
    private static final String TOPIC = "\"topic\"";

    private final DeliveryStats stats;
    private final String topic;
    private final BitSet seen;
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private StringBuilder partial;
    private long lastSeq = Long.MIN_VALUE;
    private int received;
    private volatile boolean closing;

    BenchClient(DeliveryStats stats, String topic) {
        this.stats = stats;
        this.topic = topic;
        this.seen = new BitSet(stats.events());
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long now = System.nanoTime();
        if (!last) {
            if (partial == null) {
                partial = new StringBuilder();
            }
            partial.append(data);
            return null;
        }
        String text;
        if (partial == null) {
            text = data.toString();
        } else {
            text = partial.append(data).toString();
            partial = null;
        }
        handle(text, now);
        return null;
    }

    private synchronized void handle(String text, long now) {
        long seq = FrameFields.number(text, SEQ, 0);
        if (seq != FrameFields.MISSING) {
            if (seq <= lastSeq) {
                stats.outOfOrder();
            }
            lastSeq = seq;
        }
        if (!FrameFields.stringEquals(text, TOPIC, topic)) {
            stats.foreign();
            return;
        }
        long k = FrameFields.number(text, K, text.indexOf(DATA));
        if (k < 0 || k >= stats.events()) {
            stats.foreign();
            return;
        }
        int event = (int) k;
        if (seen.get(event)) {
            stats.duplicate();
            return;
        }
        seen.set(event);
        received++;
        stats.delivered(event, now);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (!closing) {
            stats.serverClose(statusCode);
        }
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (!closing) {
            stats.error();
        }
        closed.complete(-1);
    }

    /** Distinct benchmark events this client has received. */
    synchronized int received() {
        return received;
    }

    /** Marks the close as the benchmark's own, so it is not counted as a server close. */
    void closing() {
        closing = true;
    }

    /** Completes with the close code (or -1 on error) once the connection has ended. */
    CompletableFuture<Integer> closed() {
        return closed;
    }
}
