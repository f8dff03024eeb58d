package io.wsnotify.adapter.websocket;

import io.wsnotify.wire.WebSocketFrames;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * The control frames (and application pongs) one connection still has to write, in order. Holds
 * no queue until the first one. Lane-owned: used only on the connection's {@link IoLane}.
 */
final class ControlFrames {
    private final SocketChannel channel;
    private ArrayDeque<ByteBuffer> queue;

    ControlFrames(SocketChannel channel) {
        this.channel = channel;
    }

    /** Queues a frame with {@code opcode} and {@code payload} behind the others. */
    void add(int opcode, byte[] payload) {
        if (queue == null) {
            queue = new ArrayDeque<>(2);
        }
        queue.addLast(WebSocketFrames.encodeHeap(opcode, payload));
    }

    /** Queues a frame, dropping a queued one with the same opcode that has not begun to be written. */
    void replaceUnsent(int opcode, byte[] payload) {
        ByteBuffer unsent = unsent(opcode);
        if (unsent != null) {
            queue.removeIf(frame -> frame == unsent);
        }
        add(opcode, payload);
    }

    /** Whether a queued frame with {@code opcode} has not begun to be written. */
    boolean hasUnsent(int opcode) {
        return unsent(opcode) != null;
    }

    /** Writes the queued frames; false when the socket filled up first. */
    boolean flush() throws IOException {
        while (queue != null && !queue.isEmpty()) {
            ByteBuffer next = queue.peekFirst();
            channel.write(next);
            if (next.hasRemaining()) {
                return false;
            }
            queue.pollFirst();
        }
        return true;
    }

    /** The queued frame with {@code opcode} that has not begun to be written, or null. */
    private ByteBuffer unsent(int opcode) {
        if (queue != null) {
            for (ByteBuffer frame : queue) {
                if (frame.position() == 0 && (frame.get(0) & 0x0F) == opcode) {
                    return frame;
                }
            }
        }
        return null;
    }
}
