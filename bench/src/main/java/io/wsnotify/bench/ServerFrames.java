package io.wsnotify.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** What a raw connection does with each server frame: texts to its client, pong for ping, the close handshake. */
final class ServerFrames implements FrameReader.Handler {

    private final RawConnection connection;
    private final BenchClient client;
    private long receivedNanos;
    private ByteArrayOutputStream fragments;
    private int fragmentOpcode;
    private boolean closed;

    ServerFrames(RawConnection connection, BenchClient client) {
        this.connection = connection;
        this.client = client;
    }

    /** Handles the complete frames in {@code b[off..end)}, received at {@code now}; returns the bytes used. */
    int read(byte[] b, int off, int end, long now) throws IOException {
        receivedNanos = now;
        return closed ? end : FrameReader.read(b, off, end, this);
    }

    @Override
    public void frame(int opcode, boolean fin, byte[] b, int off, int len) throws IOException {
        if (closed) {
            return;
        }
        switch (opcode) {
            case ClientFrames.OP_TEXT, ClientFrames.OP_BINARY -> {
                if (fin) {
                    deliver(opcode, b, off, len);
                } else {
                    fragments = new ByteArrayOutputStream();
                    fragmentOpcode = opcode;
                    fragments.write(b, off, len);
                }
            }
            case ClientFrames.OP_CONTINUATION -> {
                if (fragments == null) {
                    throw new IOException("continuation frame without a first fragment");
                }
                fragments.write(b, off, len);
                if (fin) {
                    byte[] whole = fragments.toByteArray();
                    fragments = null;
                    deliver(fragmentOpcode, whole, 0, whole.length);
                }
            }
            case ClientFrames.OP_PING -> connection.send(ClientFrames.pong(b, off, len));
            case ClientFrames.OP_PONG -> {
                // unsolicited pong: nothing to do
            }
            case ClientFrames.OP_CLOSE -> {
                closed = true;
                connection.closeFrame(len >= 2 ? ((b[off] & 0xFF) << 8) | (b[off + 1] & 0xFF) : 1005);
            }
            default -> throw new IOException("unknown opcode " + opcode);
        }
    }

    private void deliver(int opcode, byte[] b, int off, int len) {
        if (opcode == ClientFrames.OP_TEXT) {
            client.text(new String(b, off, len, StandardCharsets.ISO_8859_1), receivedNanos);
        } else {
            client.foreign();
        }
    }
}
