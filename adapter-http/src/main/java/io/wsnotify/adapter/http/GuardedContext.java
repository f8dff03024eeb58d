package io.wsnotify.adapter.http;

import io.helidon.common.buffers.DataReader;
import io.helidon.common.buffers.DataWriter;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.common.socket.PeerInfo;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ListenerContext;
import io.helidon.webserver.ProxyProtocolData;
import io.helidon.webserver.Router;
import io.helidon.webserver.ServerConnectionException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The context Helidon gave a connection, with a reader of its own over the same socket that
 * tells the connection's {@link RequestHead} when bytes arrive (Helidon's reader has no such hook).
 * Everything else is Helidon's. Listeners and routes that get this context reach the connection's
 * state through it: its head clock and, while a HEAD request is served, its {@link HeadAnswer}.
 */
final class GuardedContext implements ConnectionContext {
    private final ConnectionContext delegate;
    private final RequestHead head;
    private final DataReader reader;
    private volatile HeadAnswer headAnswer;
    private volatile boolean socketHandedOver;

    GuardedContext(ConnectionContext delegate, RequestHead head) {
        this.delegate = delegate;
        this.head = head;
        HelidonSocket socket = delegate.serverSocket();
        DataReader helidons = delegate.dataReader();
        this.reader = DataReader.create(() -> {
            // bytes Helidon read to choose among several selectors come first (none when ours is the only one)
            byte[] bytes = helidons.available() > 0 ? helidons.readBytes(helidons.available()) : read(socket);
            if (bytes != null) {
                head.bytesArrived(System.nanoTime());
            }
            return bytes;
        });
    }

    /** The head of the connection {@code ctx} is, if it is guarded. */
    static Optional<RequestHead> headOf(ConnectionContext ctx) {
        return ctx instanceof GuardedContext guarded ? Optional.of(guarded.head) : Optional.empty();
    }

    RequestHead head() {
        return head;
    }

    /** The answer to the HEAD request being served, if it is one. */
    static Optional<HeadAnswer> headAnswerOf(ConnectionContext ctx) {
        return ctx instanceof GuardedContext guarded ? Optional.ofNullable(guarded.headAnswer) : Optional.empty();
    }

    /** Notes that the request being served is a HEAD; null when the next one starts. */
    void headAnswer(HeadAnswer answer) {
        this.headAnswer = answer;
    }

    /** The upgraded connection keeps the socket when its thread ends ({@link SocketHandover}). */
    void handOverSocket() {
        socketHandedOver = true;
    }

    boolean socketHandedOver() {
        return socketHandedOver;
    }

    /** As Helidon reads a socket: a failed read ends the connection quietly. */
    private static byte[] read(HelidonSocket socket) {
        try {
            return socket.get();
        } catch (UncheckedIOException e) {
            throw new ServerConnectionException("Failed to get data from socket", e);
        }
    }

    @Override
    public DataReader dataReader() {
        return reader;
    }

    @Override
    public ListenerContext listenerContext() {
        return delegate.listenerContext();
    }

    @Override
    public ExecutorService executor() {
        return delegate.executor();
    }

    @Override
    public DataWriter dataWriter() {
        return delegate.dataWriter();
    }

    @Override
    public Router router() {
        return delegate.router();
    }

    @Override
    public Optional<ProxyProtocolData> proxyProtocolData() {
        return delegate.proxyProtocolData();
    }

    @Override
    public HelidonSocket serverSocket() {
        return delegate.serverSocket();
    }

    @Override
    public PeerInfo remotePeer() {
        return delegate.remotePeer();
    }

    @Override
    public PeerInfo localPeer() {
        return delegate.localPeer();
    }

    @Override
    public boolean isSecure() {
        return delegate.isSecure();
    }

    @Override
    public String socketId() {
        return delegate.socketId();
    }

    @Override
    public String childSocketId() {
        return delegate.childSocketId();
    }
}
