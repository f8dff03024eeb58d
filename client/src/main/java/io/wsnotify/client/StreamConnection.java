package io.wsnotify.client;

import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * One open stream socket, as the connection thread handles it: waits for its end, pings a quiet
 * server and gives up a silent one ({@link SilenceWatch}), and closes or drops it. What arrives on
 * it is the {@link StreamListener}'s business.
 */
final class StreamConnection {
    private static final String PING = "{\"op\":\"ping\"}";
    private static final long MIN_TICK = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long MAX_TICK = TimeUnit.SECONDS.toNanos(1);

    private final WebSocket socket;
    private final SilenceWatch silence;
    private final CompletableFuture<Ending> ending;
    private CompletableFuture<WebSocket> lastPing = CompletableFuture.completedFuture(null);

    StreamConnection(WebSocket socket, SilenceWatch silence, CompletableFuture<Ending> ending) {
        this.socket = socket;
        this.silence = silence;
        this.ending = ending;
    }

    /**
     * Waits for the connection to end; pings a server silent for {@code idle} and gives it up when
     * nothing comes back within {@code timeout}. Null when {@code stopping} (an interrupt is
     * consumed, so the close that follows can still be polite).
     */
    Ending watch(Duration idle, Duration timeout, BooleanSupplier stopping) {
        long tick = Math.max(MIN_TICK, Math.min(MAX_TICK, Math.min(idle.toNanos(), timeout.toNanos()) / 4));
        while (!stopping.getAsBoolean()) {
            Ending ended;
            try {
                ended = awaitEnding(tick);
            } catch (InterruptedException closing) {
                return null;
            }
            if (ended != null) {
                return ended;
            }
            SilenceWatch.Action action = silence.check(System.nanoTime());
            if (action == SilenceWatch.Action.PING) {
                ping();
            } else if (action == SilenceWatch.Action.GIVE_UP) {
                abort(Ending.silent(idle, timeout));
            }
        }
        return null;
    }

    /** How the connection ended, waiting at most {@code nanos}; null while it is still open. */
    private Ending awaitEnding(long nanos) throws InterruptedException {
        try {
            return ending.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException stillOpen) {
            return null;
        } catch (ExecutionException impossible) {
            return Ending.failed(impossible.getCause());
        }
    }

    /** Sends {@code {"op":"ping"}} unless the previous one is still being written. */
    private void ping() {
        if (lastPing.isDone()) {
            lastPing = socket.sendText(PING, true);
        }
    }

    /** Gives the connection up at once: {@code why} is how it ended. */
    void abort(Ending why) {
        ending.complete(why);
        socket.abort();
    }

    /** Closes politely (1000) if that can be sent within {@code millis}, then drops the socket. */
    void close(long millis) {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "client closing").get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // dropped below either way
        }
        abort(Ending.closed(WebSocket.NORMAL_CLOSURE, "client closing"));
    }
}
