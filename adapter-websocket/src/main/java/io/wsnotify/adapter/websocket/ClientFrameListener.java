package io.wsnotify.adapter.websocket;

/** Receives what a client said, as {@link InboundFrames} reads it, on the thread that feeds the bytes. */
interface ClientFrameListener {
    void text(String message);

    void binary(int length);

    void ping(byte[] payload);

    void pong();

    /** A well-formed close frame: its code ({@code 1005} when it had none) and reason. */
    void close(int code, String reason);

    /** A broken rule: the connection must be failed with {@code code}. */
    void fail(int code, String reason);
}
