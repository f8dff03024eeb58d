package io.wsnotify.bench;

/** What the fleet hears from its raw connections (on their loop threads). */
interface ConnectionEvents {

    /** The opening handshake succeeded after {@code handshakeNanos}. */
    void opened(RawConnection connection, long handshakeNanos);

    /** Connecting or the opening handshake failed. */
    void failed(RawConnection connection, String why);

    /** A close this side started has finished (or the socket was dropped). */
    void closed(RawConnection connection);
}
