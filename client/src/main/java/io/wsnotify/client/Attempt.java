package io.wsnotify.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One attempt to open the stream: learn where it starts if nothing says so yet (the log's head,
 * read once), then the WebSocket handshake resuming after the {@link Receiver}'s resume point,
 * with the token asked for afresh.
 */
final class Attempt {
    private final HttpClient http;
    private final HttpReads reads;
    private final ClientSettings settings;
    private final Receiver receiver;

    Attempt(HttpClient http, HttpReads reads, ClientSettings settings, Receiver receiver) {
        this.http = http;
        this.reads = reads;
        this.settings = settings;
        this.receiver = receiver;
    }

    /** The open connection; throws when the server cannot be reached in time or refuses. */
    StreamConnection open(Duration timeout) throws InterruptedException {
        String token = settings.currentToken();
        if (!receiver.isStartKnown()) {
            URI head = settings.endpoints().head(settings.clientId(), settings.topics());
            receiver.startAt(reads.get(head, token, timeout).seq());
        }
        long since = receiver.resumePoint();
        long generation = receiver.begin();
        SilenceWatch silence = new SilenceWatch(
                settings.heartbeatIdle().toNanos(), settings.heartbeatTimeout().toNanos(), System.nanoTime());
        CompletableFuture<Ending> ending = new CompletableFuture<>();
        StreamListener listener = new StreamListener(receiver, generation, since, silence, ending);
        URI uri = settings.endpoints().stream(settings.clientId(), settings.topics(), since);
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(timeout);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        CompletableFuture<WebSocket> handshake = builder.buildAsync(uri, listener);
        try {
            WebSocket socket = handshake.get(timeout.toNanos() + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
            return new StreamConnection(socket, silence, ending);
        } catch (ExecutionException e) {
            throw Failures.of("WebSocket handshake with " + uri.getRawPath(), e);
        } catch (TimeoutException e) {
            abandon(handshake);
            throw new NotifyException("WebSocket handshake with " + uri.getRawPath() + " timed out", 0, e);
        } catch (InterruptedException e) {
            abandon(handshake);
            throw e;
        }
    }

    /** A handshake nobody waits for any more: its socket, if it still opens, is dropped. */
    private void abandon(CompletableFuture<WebSocket> handshake) {
        receiver.retire();
        handshake.thenAccept(WebSocket::abort);
    }
}
