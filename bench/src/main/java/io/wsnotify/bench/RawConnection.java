package io.wsnotify.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;

/**
 * One benchmark WebSocket on a {@link SelectorLoop}: connect, opening handshake, frames to its
 * {@link BenchClient} (through {@link ServerFrames}), pongs, and the closing handshake. Runs on the loop thread.
 */
final class RawConnection {

    private enum Phase {
        NEW,
        HANDSHAKE,
        OPEN,
        CLOSING,
        DONE
    }

    private final URI uri;
    private final SelectorLoop loop;
    private final BenchClient client;
    private final ConnectionEvents events;
    private final Handshake handshake = new Handshake();
    private final ServerFrames frames;
    private RawSocket socket;
    private Phase phase = Phase.NEW;
    private boolean closeRequested;

    RawConnection(URI uri, SelectorLoop loop, BenchClient client, ConnectionEvents events) {
        this.uri = uri;
        this.loop = loop;
        this.client = client;
        this.events = events;
        this.frames = new ServerFrames(this, client);
    }

    /** Starts connecting; the handshake must finish within {@code timeoutNanos}. */
    void open(long timeoutNanos) {
        handshake.start(timeoutNanos);
        try {
            socket = new RawSocket();
            phase = Phase.HANDSHAKE;
            loop.watchHandshake(this);
            if (socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), loop, this)) {
                socket.send(ByteBuffer.wrap(handshake.request(uri)));
            }
        } catch (IOException | RuntimeException e) {
            fail(Failures.describe(e));
        }
    }

    /** Called by the loop when the socket is ready. */
    void ready(SelectionKey key) {
        try {
            if (key.isValid() && key.isConnectable() && socket.finishConnect()) {
                socket.send(ByteBuffer.wrap(handshake.request(uri)));
            }
            if (key.isValid() && key.isWritable()) {
                socket.flush();
            }
            if (key.isValid() && key.isReadable()) {
                read();
            }
        } catch (IOException | RuntimeException e) {
            fail(Failures.describe(e));
        }
    }

    /** Fails the connection if its handshake is overdue; true once it needs no more watching. */
    boolean checkHandshakeDeadline(long now) {
        if (phase == Phase.HANDSHAKE && handshake.overdue(now)) {
            fail("handshake timed out");
        }
        return phase != Phase.HANDSHAKE;
    }

    /** Starts the closing handshake if the connection is open (true), else drops whatever is left of it. */
    boolean close() {
        if (phase != Phase.OPEN) {
            abort();
            return false;
        }
        phase = Phase.CLOSING;
        closeRequested = true;
        send(ClientFrames.close(1000, "bench done"));
        return true;
    }

    /** Closes the socket without a closing handshake. */
    void abort() {
        if (phase != Phase.DONE) {
            phase = Phase.DONE;
            if (socket != null) {
                socket.close();
            }
            if (closeRequested) {
                events.closed(this);
            }
        }
    }

    /** The peer sent a close frame: answer it (unless this side started the close) and drop the socket. */
    void closeFrame(int code) {
        if (phase == Phase.OPEN) {
            client.serverClose(code);
            send(ClientFrames.close(code == 1005 ? 1000 : code, ""));
        }
        abort();
    }

    /** Writes {@code data} now, or as soon as the socket takes it. */
    void send(ByteBuffer data) {
        if (phase != Phase.DONE) {
            try {
                socket.send(data);
            } catch (IOException e) {
                fail(Failures.describe(e));
            }
        }
    }

    private void read() throws IOException {
        if (socket.read(loop.buffer()) < 0) {
            fail("connection closed by the server");
            return;
        }
        long now = System.nanoTime();
        int start = 0;
        if (phase == Phase.HANDSHAKE) {
            start = handshake.accept(socket.bytes(), socket.end());
            if (start < 0) {
                socket.keep(0);
                return;
            }
            phase = Phase.OPEN;
            client.opened();
            events.opened(this, handshake.elapsed(now));
        }
        int used = frames.read(socket.bytes(), start, socket.end(), now);
        socket.keep(phase == Phase.DONE ? socket.end() : used);
    }

    private void fail(String why) {
        Phase was = phase;
        abort();
        if (was == Phase.OPEN) {
            client.error();
        } else if (was == Phase.NEW || was == Phase.HANDSHAKE) {
            events.failed(this, why);
        }
    }
}
