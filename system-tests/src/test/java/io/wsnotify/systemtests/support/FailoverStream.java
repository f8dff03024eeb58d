package io.wsnotify.systemtests.support;

import io.wsnotify.testsupport.Await;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw WebSocket client that does what DESIGN §8 asks of a client whose node dies: when its
 * connection ends it connects again, to the next of its nodes, with {@code since=} the last seq it
 * received. Every frame of every connection goes to one {@link Received}, without deduplication, so
 * a gap or a duplicate at the switch shows.
 */
public final class FailoverStream implements AutoCloseable {
    private static final Duration RETRY = Duration.ofMillis(200);

    private final List<URI> nodes;
    private final String path;
    private final long since;
    private final Received received;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread loop;
    private volatile boolean closed;
    private volatile WsStream current;

    private FailoverStream(List<URI> nodes, String path, long since, String who) {
        this.nodes = List.copyOf(nodes);
        this.path = path;
        this.since = since;
        this.received = new Received(who);
        this.loop = Thread.ofPlatform().daemon().name("failover-" + who).unstarted(this::run);
    }

    /** Streams {@code path} ({@code /ws/id}) after {@code since}, from the first of {@code nodes}, then the next. */
    public static FailoverStream start(List<URI> nodes, String path, long since, String who) {
        FailoverStream stream = new FailoverStream(nodes, path, since, who);
        stream.loop.start();
        Await.until(who + " connects", Duration.ofSeconds(20), () -> stream.connections() > 0);
        return stream;
    }

    public Received received() {
        return received;
    }

    /** How many connections it has opened so far. */
    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        closed = true;
        WsStream open = current;
        if (open != null) {
            open.close();
        }
        loop.interrupt();
    }

    private void run() {
        for (int attempt = 0; !closed; attempt++) {
            long after = Math.max(since, received.lastSeq());
            URI node = nodes.get(attempt % nodes.size());
            try (WsStream stream = WsStream.open(WsStream.webSocketUri(node, path + "?since=" + after), received)) {
                current = stream;
                connections.incrementAndGet();
                awaitEnd(stream);
            } catch (InterruptedException e) {
                return;
            } catch (Exception refusedOrUnreachable) {
                pause();
            }
        }
    }

    private void awaitEnd(WsStream stream) throws InterruptedException {
        while (!closed) {
            try {
                stream.ended().get(1, TimeUnit.SECONDS);
                return;
            } catch (TimeoutException stillOpen) {
                // check closed again
            } catch (ExecutionException e) {
                return;
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY); // a client's reconnect delay, not a test waiting for something
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }
}
