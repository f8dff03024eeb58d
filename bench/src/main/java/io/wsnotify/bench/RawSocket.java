package io.wsnotify.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The non-blocking socket under one raw connection: connect, write (queuing what the socket does not take yet,
 * with OP_WRITE interest meanwhile), and read into the loop's shared buffer, keeping only the tail of a frame
 * split across reads. Loop thread only.
 */
final class RawSocket {

    private final SocketChannel channel;
    private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>(1);
    private SelectionKey key;
    private byte[] tail;
    private byte[] bytes;
    private int end;

    RawSocket() throws IOException {
        channel = SocketChannel.open();
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    }

    /** Starts connecting and registers with {@code loop}; true when already connected. */
    boolean connect(InetSocketAddress address, SelectorLoop loop, RawConnection owner) throws IOException {
        boolean connected = channel.connect(address);
        key = loop.register(channel, connected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, owner);
        return connected;
    }

    /** Completes a pending connect; true once connected. */
    boolean finishConnect() throws IOException {
        if (!channel.finishConnect()) {
            return false;
        }
        key.interestOps(SelectionKey.OP_READ);
        return true;
    }

    /** Queues {@code data} and writes whatever the socket takes now. */
    void send(ByteBuffer data) throws IOException {
        pending.add(data);
        flush();
    }

    /** Writes queued bytes until the socket is full or nothing is left. */
    void flush() throws IOException {
        while (!pending.isEmpty()) {
            ByteBuffer head = pending.peek();
            channel.write(head);
            if (head.hasRemaining()) {
                key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
                return;
            }
            pending.poll();
        }
        if ((key.interestOps() & SelectionKey.OP_WRITE) != 0) {
            key.interestOps(key.interestOps() & ~SelectionKey.OP_WRITE);
        }
    }

    /** Reads what is there into {@code buffer}, after any kept tail; the count read, or -1 at end of stream. */
    int read(ByteBuffer buffer) throws IOException {
        buffer.clear();
        int n = channel.read(buffer);
        bytes = buffer.array();
        end = buffer.position();
        if (tail != null) {
            byte[] joined = Arrays.copyOf(tail, tail.length + end);
            System.arraycopy(bytes, 0, joined, tail.length, end);
            bytes = joined;
            end = joined.length;
            tail = null;
        }
        return n;
    }

    /** The bytes of the last read (with the kept tail before them); valid until the next read. */
    byte[] bytes() {
        return bytes;
    }

    /** Where those bytes end. */
    int end() {
        return end;
    }

    /** Keeps {@code bytes()[from..end())} for the next read. */
    void keep(int from) {
        tail = from < end ? Arrays.copyOfRange(bytes, from, end) : null;
    }

    void close() {
        try {
            channel.close();
        } catch (IOException | RuntimeException ignored) {
            // gone anyway
        }
    }
}
