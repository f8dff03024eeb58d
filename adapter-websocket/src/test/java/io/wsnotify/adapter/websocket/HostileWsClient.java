package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * A WebSocket client on a bare socket that breaks whatever rule a test asks it to: it writes any
 * {@link ClientFrame}, whole, several in one TCP write, or byte by byte; it can send its handshake
 * by hand and put frames in the same write. It reads every frame the server sends, checking that
 * each is a well-formed server frame (so an HTTP answer written into the stream is caught), and
 * tells how the connection ended: the close frame, then a TCP close, a reset, or nothing.
 */
final class HostileWsClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    final String responseHead;
    final int status;

    private HostileWsClient(Socket socket, byte[] firstWrite) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        out.write(firstWrite);
        out.flush();
        responseHead = new ServerStream(in, socket).head();
        status = Integer.parseInt(responseHead.substring(9, 12));
    }

    /** Opens a WebSocket on {@code path}, asserting the {@code 101} and its accept value; {@code frames} go in the handshake's write. */
    static HostileWsClient open(int port, String path, ClientFrame... frames) throws IOException {
        return open(port, path, 0, frames);
    }

    /** As {@link #open(int, String, ClientFrame...)}, with a socket receive buffer of {@code receiveBuffer} bytes (0: default). */
    static HostileWsClient open(int port, String path, int receiveBuffer, ClientFrame... frames) throws IOException {
        String key = HandshakeText.newKey();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        first.writeBytes(
                HandshakeText.request(path, HandshakeText.upgradeHeaders(key)).getBytes(StandardCharsets.US_ASCII));
        for (ClientFrame frame : frames) {
            first.writeBytes(frame.bytes());
        }
        HostileWsClient client = handshake(port, first.toByteArray(), receiveBuffer);
        assertEquals(101, client.status, client.responseHead);
        assertEquals(UpgradeRequest.accept(key), client.header("Sec-WebSocket-Accept"), client.responseHead);
        return client;
    }

    /** Connects, writes {@code firstWrite} (a handshake, and whatever follows it) at once, and reads the answer's head. */
    static HostileWsClient handshake(int port, byte[] firstWrite) throws IOException {
        return handshake(port, firstWrite, 0);
    }

    private static HostileWsClient handshake(int port, byte[] firstWrite, int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout((int) JdkClient.WAIT.toMillis());
        return new HostileWsClient(socket, firstWrite);
    }

    /** The value of response header {@code name}, or null. */
    String header(String name) {
        return HandshakeText.header(responseHead, name);
    }

    /** Writes the frames in one TCP write. */
    void send(ClientFrame... frames) throws IOException {
        sendInPieces(Integer.MAX_VALUE, frames);
    }

    /** Writes the frames one byte per TCP write (no Nagle delay, so each byte is its own segment). */
    void sendByteByByte(ClientFrame... frames) throws IOException {
        sendInPieces(1, frames);
    }

    /**
     * Writes the frames' bytes, back to back, in writes of at most {@code pieceSize} bytes. A server
     * may fail the connection as soon as it has read a broken rule: once it has closed TCP, the rest
     * is not sent (no error), and what it answered is there to read.
     */
    void sendInPieces(int pieceSize, ClientFrame... frames) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (ClientFrame frame : frames) {
            all.writeBytes(frame.bytes());
        }
        byte[] bytes = all.toByteArray();
        try {
            for (int at = 0; at < bytes.length; at += pieceSize) {
                out.write(bytes, at, Math.min(pieceSize, bytes.length - at));
                out.flush();
            }
        } catch (SocketException closedByServer) {
            // the server ended TCP mid-write: awaitEnd() tells how
        }
    }

    /** Bytes from the server that have arrived and are not read yet (nothing is consumed). */
    int available() throws IOException {
        return in.available();
    }

    /** The next frame; fails the test if the connection ends or nothing comes in time. */
    ServerFrame next() throws IOException {
        return new ServerStream(in, socket).next();
    }

    /** Reads every frame until the server ends TCP, or {@link JdkClient#WAIT} passes. */
    ConnectionEnd awaitEnd() throws IOException {
        return new ServerStream(in, socket).awaitEnd();
    }

    /** Ends the client's side of TCP (a FIN) without a close frame; it can still read. */
    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
