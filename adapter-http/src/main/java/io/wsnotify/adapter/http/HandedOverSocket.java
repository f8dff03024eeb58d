package io.wsnotify.adapter.http;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.common.socket.PeerInfo;

/**
 * What Helidon's connection handler holds of a socket it handed over ({@link SocketHandover}):
 * the same socket, except that closing it does nothing, as its new owner closes it.
 */
final class HandedOverSocket implements HelidonSocket {
    private final HelidonSocket socket;

    HandedOverSocket(HelidonSocket socket) {
        this.socket = socket;
    }

    @Override
    public void close() {
        // the socket belongs to the connection it was handed over to
    }

    @Override
    public void idle() {
        socket.idle();
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected();
    }

    @Override
    @SuppressWarnings("removal")
    public int read(BufferData buffer) {
        return socket.read(buffer);
    }

    @Override
    public void write(BufferData buffer) {
        socket.write(buffer);
    }

    @Override
    public byte[] get() {
        return socket.get();
    }

    @Override
    public PeerInfo remotePeer() {
        return socket.remotePeer();
    }

    @Override
    public PeerInfo localPeer() {
        return socket.localPeer();
    }

    @Override
    public boolean isSecure() {
        return socket.isSecure();
    }

    @Override
    public String socketId() {
        return socket.socketId();
    }

    @Override
    public String childSocketId() {
        return socket.childSocketId();
    }
}
