package io.wsnotify.client.support;

import java.net.URI;

/** A real Websockets Notify server for a test, restartable on the same port and database. */
public interface TestServer extends AutoCloseable {
    int port();

    /** {@code http://127.0.0.1:port}: what the client under test is given. */
    default URI uri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Starts it again after a stop, on the same port and database. */
    void start() throws Exception;

    /** Graceful stop: every WebSocket is closed with 1001 naming the seq to resume from. */
    void stop() throws Exception;

    @Override
    void close();
}
