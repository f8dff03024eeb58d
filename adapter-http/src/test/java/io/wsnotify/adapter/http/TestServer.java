package io.wsnotify.adapter.http;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http1.Http1ConnectionListener;
import io.wsnotify.adapter.http.docs.ApiDocs;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.live.ConnectionLimit;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Visibility;
import io.wsnotify.wire.WireFrame;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Helidon server on a random port running the HTTP adapter over a {@link SeededCore},
 * plus a JDK HTTP client pointed at it. The server is wired as main wires it:
 * {@code update(adapter::configure).routing(adapter::register)}, HTTP/1 connections included.
 *
 * <p>One server per test class, as a JUnit extension started before all its tests:
 * {@code @RegisterExtension static final TestServer server = TestServer.create();} (configure it
 * with the {@code with…} methods first); or one for a single test:
 * {@code try (TestServer server = TestServer.create().start()) { … }}.
 */
final class TestServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
    /** "METHOD route status" of every request the observer was told about. */
    final List<String> observed = new CopyOnWriteArrayList<>();
    /** When set, every transaction fails as a broken database would. */
    final AtomicBoolean storeFails = new AtomicBoolean();

    private AccessPolicy access = AccessPolicy.open();
    private HttpSettings settings = HttpSettings.defaults();
    private CoreSettings coreSettings = CoreSettings.defaults();
    private int maxConnections = 20_000;
    private boolean docs;
    private final List<Http1ConnectionListener> receiveListeners = new ArrayList<>();
    private Consumer<WebServerConfig.Builder> serverConfig = builder -> {};
    private NotifyCore<WireFrame> core;
    private HttpAdapter adapter;
    private WebServer server;
    private HttpClient client;

    private TestServer() {}

    /** A server with open access and default settings, not started yet. */
    static TestServer create() {
        return new TestServer();
    }

    TestServer withAccess(AccessPolicy access) {
        this.access = access;
        return this;
    }

    TestServer withSettings(HttpSettings settings) {
        this.settings = settings;
        return this;
    }

    TestServer withCoreSettings(CoreSettings coreSettings) {
        this.coreSettings = coreSettings;
        return this;
    }

    /** The node's limit on live connections (default 20,000). */
    TestServer withMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
        return this;
    }

    /** Serves the OpenAPI document and docs pages too, as the application does. */
    TestServer withDocs() {
        this.docs = true;
        return this;
    }

    /** Another HTTP/1 receive listener on the connections, as the WebSocket adapter adds one. */
    TestServer withReceiveListener(Http1ConnectionListener listener) {
        receiveListeners.add(listener);
        return this;
    }

    /** More server configuration (another protocol, another routing), applied after the adapter's. */
    TestServer withServerConfig(Consumer<WebServerConfig.Builder> serverConfig) {
        this.serverConfig = serverConfig;
        return this;
    }

    TestServer start() {
        core = SeededCore.create(coreSettings, storeFails);
        RequestObserver recording = (method, route, status, nanos) -> observed.add(method + " " + route + " " + status);
        HttpSettings observedSettings = new HttpSettings(
                settings.allowedOrigins(),
                settings.maxBodyBytes(),
                settings.sseHeartbeat(),
                recording,
                settings.headerTimeout());
        adapter = new HttpAdapter(core, access, observedSettings, new ConnectionLimit(maxConnections));
        server = WebServer.builder()
                .host("localhost")
                .port(0)
                .update(builder -> adapter.configure(builder, receiveListeners))
                .update(serverConfig)
                .routing(routing -> {
                    adapter.register(routing);
                    if (docs) {
                        new ApiDocs().register(routing);
                    }
                })
                .build()
                .start();
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    NotifyCore<WireFrame> core() {
        return core;
    }

    HttpAdapter adapter() {
        return adapter;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + server.port()).resolve(pathAndQuery);
    }

    int port() {
        return server.port();
    }

    HttpClient client() {
        return client;
    }

    /** A request to this server; see {@link Call}. */
    Call call(String method, String pathAndQuery) {
        return new Call(client, uri(pathAndQuery), method);
    }

    Call get(String pathAndQuery) {
        return call("GET", pathAndQuery);
    }

    /** The newest seq in the log (unchanged when nothing was logged). */
    long newestSeq() {
        return core.notifications()
                .read(new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 1))
                .seq();
    }

    /** Every untargeted notification after {@code since}, oldest first. */
    List<Notification> loggedAfter(long since) {
        return core.notifications()
                .read(new LogQuery(since, Set.of(), Visibility.untargetedOnly(), PageLimit.MAX))
                .value();
    }

    /** Stops what {@link #start} got running, so a failed start does not hide its cause. */
    @Override
    public void close() {
        if (core != null) {
            core.close();
        }
        if (client != null) {
            client.shutdownNow();
        }
        if (server != null) {
            server.stop();
        }
    }
}
