package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@code java.net.http.WebSocket} client that queues every text message and records the close. */
final class JdkClient implements WebSocket.Listener, AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    final CompletableFuture<Closed> closed = new CompletableFuture<>();
    final AtomicInteger pings = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** How the server closed the connection. */
    record Closed(int code, String reason) {}

    static JdkClient connect(URI uri) {
        JdkClient client = new JdkClient();
        // One JDK HttpClient per WebSocket: WebSockets sharing one client read corrupted frames under
        // load (ProtocolException, "Invalid UTF-8"), where a byte-checking raw client read none.
        client.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(WAIT)
                .buildAsync(uri, client)
                .join();
        return client;
    }

    /** The next text message; fails if none arrives in time. */
    String next() throws InterruptedException {
        String text = texts.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(
                text,
                () -> "no message within " + WAIT + " after " + received + " messages; the connection is "
                        + (closed.isDone()
                                ? "closed: "
                                        + closed.handle((how, error) ->
                                                        how != null ? how : error + " (" + error.getCause() + ")")
                                                .join()
                                : "open"));
        return text;
    }

    /** Messages until (and including) the one carrying {@code lastSeq}. */
    List<String> untilSeq(long lastSeq) throws InterruptedException {
        List<String> received = new ArrayList<>();
        long seq;
        do {
            String text = next();
            received.add(text);
            seq = Frames.seq(text);
        } while (seq != lastSeq);
        return received;
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    Closed awaitClose() throws Exception {
        return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.incrementAndGet();
            texts.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        pings.incrementAndGet();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
