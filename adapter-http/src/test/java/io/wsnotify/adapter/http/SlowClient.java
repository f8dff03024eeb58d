package io.wsnotify.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A raw connection a test writes to piece by piece, as slowly as it likes; a virtual thread reads
 * whatever the server sends and notes when the server ends the connection.
 */
final class SlowClient implements AutoCloseable {
    private final Socket socket;
    private final long connectedAt;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile long closedAt;

    private SlowClient(Socket socket) {
        this.socket = socket;
        this.connectedAt = System.nanoTime();
        Thread.ofVirtual().name("slow-client-reader").start(this::read);
    }

    static SlowClient connect(int port) {
        try {
            return new SlowClient(new Socket("127.0.0.1", port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns once a whole header timeout has passed since it was called: a probe connection that
     * sends nothing is closed by the server only then. Fails when that takes longer than {@code bound}.
     */
    static void awaitHeaderTimeout(int port, Duration bound) throws InterruptedException {
        try (SlowClient probe = connect(port)) {
            if (!probe.awaitClosed(bound)) {
                throw new AssertionError("the server did not close a silent connection within " + bound);
            }
        }
    }

    /** Writes {@code text} (ASCII); false when the connection is gone. */
    boolean send(String text) {
        try {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits for the server to end the connection; false when it did not within {@code bound}. */
    boolean awaitClosed(Duration bound) throws InterruptedException {
        return closed.await(bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isClosed() {
        return closed.getCount() == 0;
    }

    /** How long the connection lived, from connecting until the server ended it. */
    Duration lifetime() {
        return Duration.ofNanos(closedAt - connectedAt);
    }

    /** Everything the server sent so far. */
    String received() {
        synchronized (received) {
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private void read() {
        byte[] buffer = new byte[4096];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (received) {
                    received.write(buffer, 0, n);
                }
            }
        } catch (IOException resetOrClosed) {
            // the end of the connection either way
        } finally {
            closedAt = System.nanoTime();
            closed.countDown();
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
