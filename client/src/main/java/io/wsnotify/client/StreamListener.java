package io.wsnotify.client;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The JDK's listener for one stream socket: it joins fragmented text, hands each frame to the
 * {@link Receiver}, reads one message at a time (so a full {@link Inbox} holds the server back),
 * tells the {@link SilenceWatch} of every frame, and records how the socket ended. The JDK calls
 * it one method at a time, and answers the server's pings itself.
 */
final class StreamListener implements WebSocket.Listener {
    private static final int MAX_MESSAGE_CHARS = 16 * 1024 * 1024;

    private final Receiver receiver;
    private final long generation;
    private final long since;
    private final SilenceWatch silence;
    private final CompletableFuture<Ending> ending;
    private final StringBuilder partial = new StringBuilder();

    /** @param ending completed with how the socket ended */
    StreamListener(
            Receiver receiver, long generation, long since, SilenceWatch silence, CompletableFuture<Ending> ending) {
        this.receiver = receiver;
        this.generation = generation;
        this.since = since;
        this.silence = silence;
        this.ending = ending;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        silence.heard(System.nanoTime());
        receiver.connected(
                generation, new ConnectionEvent(ConnectionEvent.Kind.CONNECTED, since, -1, "", Duration.ZERO));
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        silence.heard(System.nanoTime());
        partial.append(data);
        if (partial.length() > MAX_MESSAGE_CHARS) {
            ending.complete(
                    Ending.failed(new IllegalStateException("a message of over " + MAX_MESSAGE_CHARS + " characters")));
            webSocket.abort();
        } else if (!last) {
            webSocket.request(1);
        } else {
            String text = partial.toString();
            partial.setLength(0);
            handle(webSocket, text);
        }
        return null;
    }

    private void handle(WebSocket webSocket, String text) {
        Inbound frame;
        try {
            frame = Frames.read(text);
        } catch (IllegalArgumentException notJson) {
            frame = null; // the server sends JSON only; anything else carries nothing to act on
        }
        silence.paused();
        if (receiver.accept(generation, frame, () -> readOn(webSocket))) {
            readOn(webSocket);
        }
    }

    private void readOn(WebSocket webSocket) {
        silence.resumed(System.nanoTime());
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        return heard(webSocket);
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        return heard(webSocket);
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        return heard(webSocket);
    }

    /** A control frame, or a binary one (the server sends none): only a sign of life. */
    private CompletionStage<?> heard(WebSocket webSocket) {
        silence.heard(System.nanoTime());
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        ending.complete(Ending.closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        ending.complete(Ending.failed(error));
    }
}
