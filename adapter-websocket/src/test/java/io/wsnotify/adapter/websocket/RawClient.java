package io.wsnotify.adapter.websocket;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client done by hand on a {@link Socket}: lets tests refuse to read, drop the TCP
 * connection without a close frame, ignore pings, and see the HTTP status of a refused handshake.
 */
final class RawClient implements AutoCloseable {
    static final int TEXT = 1;
    static final int BINARY = 2;
    static final int CLOSE = 8;
    static final int PING = 9;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    final int status;
    final String responseHead;

    /** One frame from the server; {@code null} from {@link #read} means the socket ended. */
    record Frame(int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
        }

        String closeReason() {
            return payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
        }
    }

    private RawClient(Socket socket, String pathAndQuery, Map<String, String> headers) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        StringBuilder request = new StringBuilder("GET ")
                .append(pathAndQuery)
                .append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:")
                .append(socket.getPort())
                .append("\r\n")
                .append("Upgrade: websocket\r\nConnection: Upgrade\r\n")
                .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n");
        headers.forEach(
                (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        responseHead = readHead();
        status = Integer.parseInt(responseHead.substring(9, 12));
    }

    static RawClient connect(int port, String pathAndQuery) throws IOException {
        return connect(port, pathAndQuery, Map.of(), 0);
    }

    static RawClient connect(int port, String pathAndQuery, Map<String, String> headers) throws IOException {
        return connect(port, pathAndQuery, headers, 0);
    }

    /** Connects with a receive buffer of {@code receiveBuffer} bytes (0: the default). */
    static RawClient connect(int port, String pathAndQuery, Map<String, String> headers, int receiveBuffer)
            throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout((int) JdkClient.WAIT.toMillis());
        return new RawClient(socket, pathAndQuery, headers);
    }

    /** The next whole frame, or null when the server ended the connection (EOF, reset, or cut frame). */
    Frame read(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        try {
            int first = in.read();
            if (first < 0) {
                return null;
            }
            int length = readByte() & 0x7f;
            if (length == 126) {
                length = (readByte() << 8) | readByte();
            } else if (length == 127) {
                long big = 0;
                for (int i = 0; i < 8; i++) {
                    big = (big << 8) | readByte();
                }
                length = Math.toIntExact(big);
            }
            byte[] payload = in.readNBytes(length);
            return payload.length == length ? new Frame(first & 0x0f, payload) : null;
        } catch (EOFException | SocketException e) {
            return null;
        }
    }

    void send(int opcode, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    /** Drops the TCP connection with a reset: no close frame, no FIN. */
    void abort() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            head.write(readByte());
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
