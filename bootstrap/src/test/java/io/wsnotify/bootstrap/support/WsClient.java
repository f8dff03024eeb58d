package io.wsnotify.bootstrap.support;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A JDK WebSocket client that queues every text frame it receives and records how it was closed. */
public final class WsClient implements AutoCloseable {
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final CompletableFuture<String> closeReason = new CompletableFuture<>();
    private final List<Long> seqs = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private WsClient(URI uri) throws Exception {
        socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener())
                .get(10, TimeUnit.SECONDS);
    }

    /** Connects to {@code /ws/...} (path and query) on the node at {@code port}. */
    public static WsClient connect(int port, String pathAndQuery) throws Exception {
        return new WsClient(URI.create("ws://127.0.0.1:" + port + pathAndQuery));
    }

    /** The next frame as JSON, or a failure when none arrives within the timeout. */
    public JsonObject next(Duration timeout) throws InterruptedException {
        String frame = frames.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (frame == null) {
            throw new AssertionError("no WebSocket frame within " + timeout);
        }
        return HttpCalls.object(frame);
    }

    /** Skips frames until one matches; fails when none does within the timeout. */
    public JsonObject nextMatching(Predicate<JsonObject> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String frame = frames.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (frame == null) {
                throw new AssertionError("no matching WebSocket frame within " + timeout);
            }
            JsonObject json = HttpCalls.object(frame);
            if (wanted.test(json)) {
                return json;
            }
        }
    }

    /** Whether any frame arrives within {@code window}. */
    public boolean anyFrameWithin(Duration window) throws InterruptedException {
        return frames.poll(window.toNanos(), TimeUnit.NANOSECONDS) != null;
    }

    /** The close reason the server sent (empty when the connection dropped without a close frame). */
    public String awaitCloseReason(Duration timeout) throws Exception {
        return closeReason.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The seq of every notification received so far, in the order received. */
    public List<Long> seqs() {
        return List.copyOf(seqs);
    }

    /** The close code the server sent (1006 when the connection dropped without one). */
    public int awaitCloseCode(Duration timeout) throws Exception {
        return closeCode.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                frames.add(frame);
                partial.setLength(0);
                JsonObject json = HttpCalls.object(frame);
                if (json.containsKey("seq")) {
                    seqs.add(json.getJsonNumber("seq").longValue());
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeReason.complete(reason);
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeReason.complete("");
            closeCode.complete(1006);
        }
    }
}
