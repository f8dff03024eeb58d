package io.wsnotify.systemtests.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One raw WebSocket connection (the JDK's client) that adds every text frame to a {@link Received}:
 * no deduplication, no reordering, so the test sees exactly what the server sent. It records how the
 * connection ended.
 */
public final class WsStream implements AutoCloseable {

    private final Received received;
    private final CompletableFuture<String> ended = new CompletableFuture<>();
    private final WebSocket socket;

    private WsStream(URI uri, Received received) throws Exception {
        this.received = received;
        // One JDK HttpClient per WebSocket: WebSockets sharing one client read corrupted frames under
        // load (ProtocolException, "Invalid UTF-8"), where a byte-checking raw client read none.
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new Listener())
                .get(10, TimeUnit.SECONDS);
    }

    /** Connects to {@code uri} ({@code ws://host:port/ws/id?since=N}); its frames go to {@code received}. */
    public static WsStream open(URI uri, Received received) throws Exception {
        return new WsStream(uri, received);
    }

    /** Connects to {@code base} ({@code http://host:port}) at {@code pathAndQuery}, recording as {@code who}. */
    public static WsStream open(URI base, String pathAndQuery, String who) throws Exception {
        return open(webSocketUri(base, pathAndQuery), new Received(who));
    }

    public static URI webSocketUri(URI base, String pathAndQuery) {
        return URI.create("ws://" + base.getAuthority() + pathAndQuery);
    }

    public Received received() {
        return received;
    }

    /** Whether the connection is still open (no close frame, no error). */
    public boolean isOpen() {
        return !ended.isDone();
    }

    /** How it ended ("1001 reason", "error: …"), once it has. */
    public CompletableFuture<String> ended() {
        return ended;
    }

    @Override
    public void close() {
        socket.abort();
        ended.complete("closed by the test");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            ended.complete(statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ended.complete("error: " + error);
        }
    }
}
