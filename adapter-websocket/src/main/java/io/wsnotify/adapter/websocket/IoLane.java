package io.wsnotify.adapter.websocket;

import io.wsnotify.application.live.Frame;
import io.wsnotify.wire.WireFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One I/O thread of the WebSocket transport: a selector over the sockets of the connections it
 * owns. It reads what their clients send, writes their frames with non-blocking (gathering)
 * writes, so a peer that stops reading only ever waits for its own socket, and steps their
 * heartbeats. Other threads reach a connection only through {@link #execute} and {@link #ready}.
 *
 * <p>The buffers here are the lane's own scratch space, shared by its connections one at a time:
 * an idle connection holds no buffer.
 */
final class IoLane implements Runnable {
    static final int BATCH = 64;
    private static final System.Logger LOG = System.getLogger(IoLane.class.getName());

    final int id;
    final ByteBuffer readBuffer = ByteBuffer.allocateDirect(16 * 1024);

    @SuppressWarnings("unchecked")
    final Frame<WireFrame>[] batch = new Frame[BATCH];

    final ByteBuffer[] gather = new ByteBuffer[BATCH];
    private final Selector selector;
    private final HeartbeatTiming timing;
    private final Thread thread;
    private final Set<WebSocketConnection> connections = new HashSet<>();
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicReference<WebSocketConnection> readyStack = new AtomicReference<>();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private volatile boolean running = true;

    IoLane(int id, HeartbeatTiming timing) {
        this.id = id;
        this.timing = timing;
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector for the WebSocket transport", e);
        }
        this.thread = Thread.ofPlatform().name("ws-io-" + id).daemon().unstarted(this);
    }

    void start() {
        thread.start();
    }

    HeartbeatTiming timing() {
        return timing;
    }

    /** Runs {@code task} on this lane's thread soon. Any thread. */
    void execute(Runnable task) {
        tasks.add(task);
        wake();
    }

    /** {@code connection} has frames to send. Any thread; the connection pushes itself once per pump. */
    void ready(WebSocketConnection connection) {
        while (true) {
            WebSocketConnection head = readyStack.get();
            connection.nextReady = head;
            if (readyStack.compareAndSet(head, connection)) {
                break;
            }
        }
        wake();
    }

    /** Registers a connection's channel with this lane's selector (on this lane's thread). */
    SelectionKey register(WebSocketConnection connection) throws IOException {
        connections.add(connection);
        return connection.channel().register(selector, SelectionKey.OP_READ, connection);
    }

    /** Forgets a connection that is gone (on this lane's thread). */
    void forget(WebSocketConnection connection) {
        connections.remove(connection);
    }

    @Override
    public void run() {
        long nextTick = System.nanoTime() + timing.tick();
        while (running) {
            try {
                long waitMillis = Math.max(1, (nextTick - System.nanoTime()) / 1_000_000);
                selector.select(waitMillis);
                wakeRequested.set(false);
                handleSelected();
                runTasks();
                pumpReady();
                long now = System.nanoTime();
                if (now - nextTick >= 0) {
                    beat(now);
                    nextTick = now + timing.tick();
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "WebSocket I/O lane " + id + " step failed", e);
            }
        }
        closeAll();
    }

    /** Stops the thread after dropping the connections still here. */
    void stop() {
        running = false;
        selector.wakeup();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handleSelected() {
        for (SelectionKey key : selector.selectedKeys()) {
            WebSocketConnection connection = (WebSocketConnection) key.attachment();
            if (!key.isValid()) {
                continue;
            }
            if (key.isReadable()) {
                connection.onReadable();
            }
            if (key.isValid() && key.isWritable()) {
                connection.pump();
            }
        }
        selector.selectedKeys().clear();
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
    }

    private void pumpReady() {
        WebSocketConnection connection = readyStack.getAndSet(null);
        while (connection != null) {
            WebSocketConnection next = connection.nextReady;
            connection.nextReady = null;
            connection.pumpFromReady();
            connection = next;
        }
    }

    private void beat(long now) {
        for (WebSocketConnection connection : List.copyOf(connections)) {
            connection.beat(now);
        }
    }

    private void closeAll() {
        runTasks();
        for (WebSocketConnection connection : new ArrayList<>(connections)) {
            connection.drop();
        }
        try {
            selector.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the selector failed", e);
        }
    }

    private void wake() {
        if (wakeRequested.compareAndSet(false, true)) {
            selector.wakeup();
        }
    }
}
