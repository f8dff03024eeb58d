package io.wsnotify.application.live;

/**
 * What a transport (WebSocket, SSE) gives the core for one connection.
 *
 * <p>Threading: {@link #send} is only ever called by one thread at a time per connection, never
 * by a publisher's thread, and may block. {@link #end} may be called from any thread and must
 * not wait for the peer.
 */
public interface DeliverySink {
    /** Writes one frame (a JSON text). Throws when the peer cannot be written to any more. */
    void send(String frame) throws Exception;

    /**
     * Writes one frame knowing its seq (0 for system frames that are not log entries), for
     * transports that label frames, such as SSE's {@code id:}. Defaults to {@link #send(String)}.
     */
    default void send(long seq, String frame) throws Exception {
        send(frame);
    }

    /** Ends the connection for the given reason (close code, last delivered seq). */
    void end(EndReason reason);
}
