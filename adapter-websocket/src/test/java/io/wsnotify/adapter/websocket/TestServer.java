package io.wsnotify.adapter.websocket;

import io.helidon.common.socket.SocketOptions;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http1.Http1Config;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.CorePorts;
import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.CustomNotification;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.live.ConnectionLimit;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.Topic;
import io.wsnotify.wire.ResourceDataJson;
import io.wsnotify.wire.WireFrame;
import io.wsnotify.wire.WireFrames;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A real Helidon server on a random port, wired like bootstrap: in-memory core + the WebSocket
 * adapter, whose HTTP/1 listener the server's HTTP/1 connections carry.
 */
final class TestServer implements AutoCloseable {
    final NotifyCore<WireFrame> core;
    final WebSocketAdapter adapter;
    final WebServer server;

    private TestServer(Options options) {
        InMemoryStore store = new InMemoryStore();
        core = NotifyCore.create(
                new CorePorts(
                        store.taskRepository(),
                        store.deviceRepository(),
                        store.notificationLog(),
                        store,
                        Clock.systemUTC(),
                        () -> UUID.randomUUID().toString(),
                        ZoneId.systemDefault(),
                        new ResourceDataJson()),
                options.core,
                new WireFrames(ZoneId.systemDefault(), options.settings.ioLanes()));
        adapter = new WebSocketAdapter(
                core.live(), options.access, options.settings, new ConnectionLimit(options.settings.maxConnections()));
        SocketOptions.Builder socket = SocketOptions.builder();
        if (options.sendBuffer > 0) {
            socket.socketSendBufferSize(options.sendBuffer);
        }
        server = WebServer.builder()
                .port(0)
                .host("127.0.0.1")
                .idleConnectionTimeout(options.idleTimeout)
                .idleConnectionPeriod(Duration.ofMillis(250))
                .shutdownGracePeriod(Duration.ofMillis(100))
                .connectionOptions(socket.build())
                .update(adapter::configure)
                .addProtocol(Http1Config.builder()
                        .addReceiveListener(adapter.http1Listener())
                        .build())
                .build()
                .start();
    }

    static TestServer start() {
        return with().start();
    }

    static TestServer start(WebSocketSettings settings) {
        return with().settings(settings).start();
    }

    static Options with() {
        return new Options();
    }

    /** What a test changes from the defaults. */
    static final class Options {
        private WebSocketSettings settings = WebSocketSettings.defaults();
        private CoreSettings core = CoreSettings.defaults();
        private AccessPolicy access = AccessPolicy.open();
        private Duration idleTimeout = Duration.ofMinutes(5);
        private int sendBuffer;

        Options settings(WebSocketSettings value) {
            settings = value;
            return this;
        }

        Options core(CoreSettings value) {
            core = value;
            return this;
        }

        Options access(AccessPolicy value) {
            access = value;
            return this;
        }

        Options idleTimeout(Duration value) {
            idleTimeout = value;
            return this;
        }

        /** Fixes the server sockets' send buffer (no autotuning), so a reader that stops is noticed soon. */
        Options sendBuffer(int bytes) {
            sendBuffer = bytes;
            return this;
        }

        TestServer start() {
            return new TestServer(this);
        }
    }

    int port() {
        return server.port();
    }

    URI uri(String pathAndQuery) {
        return URI.create("ws://127.0.0.1:" + port() + pathAndQuery);
    }

    /** Publishes a broadcast custom notification; returns its seq. */
    long publish(String message) {
        return publish(message, null, null, null);
    }

    long publish(String message, Topic topic, ClientId to, JsonText data) {
        return core.notifications()
                .publish(new CustomNotification(message, null, null, topic, to, data, null))
                .notification()
                .seq();
    }

    @Override
    public void close() {
        adapter.close();
        core.close();
        server.stop();
    }
}
