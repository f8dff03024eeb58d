package io.wsnotify.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** One selector thread serving many raw benchmark connections: I/O readiness, submitted tasks, handshake timeouts. */
final class SelectorLoop implements AutoCloseable {

    private static final long TIMEOUT_CHECK_NANOS = 250_000_000L;

    private final Selector selector;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(256 * 1024);
    private final List<RawConnection> handshaking = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    SelectorLoop(String name) {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.thread = Thread.ofPlatform().daemon().name(name).start(this::run);
    }

    /** Runs {@code task} on the loop thread, soon. */
    void execute(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    /** Registers a channel of a connection owned by this loop (loop thread only). */
    SelectionKey register(SocketChannel channel, int ops, RawConnection connection) throws ClosedChannelException {
        return channel.register(selector, ops, connection);
    }

    /** The loop's read buffer, shared by its connections (loop thread only). */
    ByteBuffer buffer() {
        return buffer;
    }

    /** Watches the connection's handshake deadline until it opens or fails (loop thread only). */
    void watchHandshake(RawConnection connection) {
        handshaking.add(connection);
    }

    private void run() {
        long nextCheck = System.nanoTime() + TIMEOUT_CHECK_NANOS;
        while (running) {
            try {
                selector.select(key -> ((RawConnection) key.attachment()).ready(key), 100);
            } catch (IOException | RuntimeException e) {
                Log.info("selector loop %s: %s", thread.getName(), e);
            }
            Runnable task;
            while ((task = tasks.poll()) != null) {
                task.run();
            }
            long now = System.nanoTime();
            if (now >= nextCheck) {
                nextCheck = now + TIMEOUT_CHECK_NANOS;
                handshaking.removeIf(c -> c.checkHandshakeDeadline(now));
            }
        }
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(2000);
            selector.close();
        } catch (IOException e) {
            // closing anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
