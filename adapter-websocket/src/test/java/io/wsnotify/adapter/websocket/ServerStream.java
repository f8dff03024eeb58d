package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a server sends to a {@link HostileWsClient}: the HTTP head of its handshake answer,
 * then frames, each checked against the rules of server frames (RFC 6455 §5.1, §5.2, §5.5): no
 * RSV bits, not masked, a defined opcode, control frames final and at most 125 bytes. Anything
 * else (such as an HTTP answer written into the WebSocket stream) fails the test, showing the bytes.
 * Also tells how the stream ended: an orderly TCP close, a reset, or nothing by the deadline.
 */
final class ServerStream {
    private final InputStream in;
    private final Socket socket;

    ServerStream(InputStream in, Socket socket) {
        this.in = in;
        this.socket = socket;
    }

    /** The next frame; fails the test if the connection ends or nothing comes in time. */
    ServerFrame next() throws IOException {
        try {
            return frame(System.nanoTime() + JdkClient.WAIT.toNanos());
        } catch (SocketTimeoutException e) {
            return fail("no frame from the server within " + JdkClient.WAIT);
        } catch (EOFException | SocketException e) {
            return fail("the server ended the connection (" + e + ") where a frame was expected");
        }
    }

    /** Reads every frame until the server ends TCP, or {@link JdkClient#WAIT} passes. */
    ConnectionEnd awaitEnd() throws IOException {
        List<ServerFrame> frames = new ArrayList<>();
        long deadline = System.nanoTime() + JdkClient.WAIT.toNanos();
        while (true) {
            try {
                frames.add(frame(deadline));
            } catch (EOFException e) {
                return new ConnectionEnd(frames, ConnectionEnd.Tcp.CLOSED);
            } catch (SocketTimeoutException e) {
                return new ConnectionEnd(frames, ConnectionEnd.Tcp.STILL_OPEN);
            } catch (SocketException e) {
                return new ConnectionEnd(frames, ConnectionEnd.Tcp.RESET);
            }
        }
    }

    /** The head of the HTTP answer, up to and including the blank line. */
    String head() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            head.write(readByte());
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * The next frame, waiting until {@code deadline} ({@link System#nanoTime()}); throws
     * {@link EOFException} at an orderly end, a {@link java.net.SocketException} on a reset and
     * {@link SocketTimeoutException} when the deadline passes.
     */
    ServerFrame frame(long deadline) throws IOException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        socket.setSoTimeout((int) left);
        int first = in.read();
        if (first < 0) {
            throw new EOFException();
        }
        int second = readByte();
        int opcode = first & 0x0F;
        int length7 = second & 0x7F;
        String broken = (first & 0x70) != 0
                ? "RSV bits set"
                : (second & 0x80) != 0
                        ? "masked"
                        : (opcode > 2 && opcode < 8) || opcode > 10
                                ? "reserved opcode " + opcode
                                : opcode >= 8 && ((first & 0x80) == 0 || length7 > 125)
                                        ? "malformed control frame"
                                        : null;
        if (broken != null) {
            fail("the server sent a malformed frame (" + broken + "): " + shown(first, second));
        }
        long length = switch (length7) {
            case 126 -> (readByte() << 8) | readByte();
            case 127 -> readLong();
            default -> length7;
        };
        byte[] payload = in.readNBytes(Math.toIntExact(length));
        if (payload.length < length) {
            throw new EOFException("frame cut short");
        }
        return new ServerFrame((first & 0x80) != 0, opcode, length7 == 126 ? 16 : length7 == 127 ? 64 : 7, payload);
    }

    private long readLong() throws IOException {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | readByte();
        }
        return value;
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    /** The two bytes read and whatever follows at once, as text, to show what was written instead of a frame. */
    private String shown(int first, int second) throws IOException {
        byte[] rest = new byte[Math.min(in.available(), 200)];
        int read = in.read(rest);
        return (char) first + "" + (char) second + new String(rest, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1);
    }
}
