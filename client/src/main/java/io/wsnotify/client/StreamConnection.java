package io.wsnotify.client;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One WebSocket to {@code /ws/{client_id}}, as the JDK's listener: it joins fragmented text,
 * hands each frame to the {@link Receiver}, reads one message at a time (so a full {@link Inbox}
 * holds the server back), tells the {@link SilenceWatch} of every frame, and records how the
 * connection ended. The JDK answers the server's pings itself.
 *
 * <p>The JDK calls the listener methods one at a time; {@link #ping}, {@link #close} and
 * {@link #abort} come from the connection thread.
 */
final class StreamConnection implements WebSocket.Listener {
    private static final String PING = "{\"op\":\"ping\"}";
    private static final int MAX_MESSAGE_CHARS = 16 * 1024 * 1024;

    private final Receiver receiver;
    private final long generation;
    private final long since;
    private final SilenceWatch silence;
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Ending> ending = new CompletableFuture<>();
    private volatile WebSocket socket;
    private CompletableFuture<WebSocket> lastPing = CompletableFuture.completedFuture(null);

    StreamConnection(Receiver receiver, long generation, long since, SilenceWatch silence) {
        this.receiver = receiver;
        this.generation = generation;
        this.since = since;
        this.silence = silence;
    }

    SilenceWatch silence() {
        return silence;
    }

    /** How the connection ended, waiting at most {@code nanos}; null while it is still open. */
    Ending awaitEnding(long nanos) throws InterruptedException {
        try {
            return ending.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException stillOpen) {
            return null;
        } catch (ExecutionException impossible) {
            return Ending.failed(impossible.getCause());
        }
    }

    /** Sends {@code {"op":"ping"}} unless the previous one is still being written. */
    void ping() {
        WebSocket open = socket;
        if (open != null && lastPing.isDone()) {
            lastPing = open.sendText(PING, true);
        }
    }

    /** Gives the connection up at once: {@code why} is how it ended. */
    void abort(Ending why) {
        ending.complete(why);
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }

    /** Closes politely (1000) when that can be done within {@code millis}, then drops the socket. */
    void close(long millis) {
        WebSocket open = socket;
        if (open != null) {
            try {
                open.sendClose(WebSocket.NORMAL_CLOSURE, "client closing").get(millis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                // the socket is dropped below either way
            }
        }
        abort(Ending.closed(WebSocket.NORMAL_CLOSURE, "client closing"));
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        silence.heard(System.nanoTime());
        receiver.connected(generation, new ConnectionEvent(ConnectionEvent.Kind.CONNECTED, since, -1, "",
                java.time.Duration.ZERO));
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        silence.heard(System.nanoTime());
        partial.append(data);
        if (partial.length() > MAX_MESSAGE_CHARS) {
            abort(Ending.failed(new IllegalStateException("a frame of more than " + MAX_MESSAGE_CHARS + " characters")));
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
        silence.heard(System.nanoTime());
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        silence.heard(System.nanoTime());
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
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
