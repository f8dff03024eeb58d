package io.wsnotify.adapter.http;

import io.helidon.webserver.WebServer;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.CorePorts;
import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.port.Transactions;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A real Helidon server on a random port running the HTTP adapter over a real core on the
 * in-memory store, seeded with the demo data, plus a JDK HTTP client pointed at it.
 */
final class TestServer implements AutoCloseable {
    final NotifyCore core;
    final HttpAdapter adapter;
    /** "METHOD route status" of every request the observer was told about. */
    final List<String> observed = new CopyOnWriteArrayList<>();
    /** When set, every transaction fails as a broken database would. */
    final AtomicBoolean storeFails = new AtomicBoolean();
    private final WebServer server;
    private final HttpClient client;
    private final URI base;

    private TestServer(AccessPolicy access, HttpSettings settings) {
        InMemoryStore store = new InMemoryStore();
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                if (storeFails.get()) {
                    throw new IllegalStateException("simulated store failure: disk on fire");
                }
                return store.inTransaction(work);
            }
        };
        core = NotifyCore.create(new CorePorts(store.taskRepository(), store.deviceRepository(),
                store.notificationLog(), transactions, Clock.systemUTC(), () -> UUID.randomUUID().toString(),
                ZoneId.systemDefault()), CoreSettings.defaults());
        core.seedData().seedIfEmpty();
        HttpSettings observedSettings = new HttpSettings(settings.allowedOrigins(), settings.maxBodyBytes(),
                settings.sseHeartbeat(), (method, route, status, nanos) -> observed.add(method + " " + route + " " + status));
        adapter = new HttpAdapter(core, access, observedSettings);
        server = WebServer.builder().host("localhost").port(0)
                .directHandlers(ProblemDirectHandler.directHandlers())
                .routing(adapter::register).build().start();
        base = URI.create("http://localhost:" + server.port());
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static TestServer start() {
        return start(AccessPolicy.open(), HttpSettings.defaults());
    }

    static TestServer start(AccessPolicy access, HttpSettings settings) {
        return new TestServer(access, settings);
    }

    URI uri(String pathAndQuery) {
        return base.resolve(pathAndQuery);
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
        return core.notifications().read(new LogQuery(0, Set.of(), null, 1)).seq();
    }

    /** Every untargeted notification after {@code since}, oldest first. */
    List<Notification> loggedAfter(long since) {
        return core.notifications().read(new LogQuery(since, Set.of(), null, LogQuery.MAX_LIMIT)).value();
    }

    @Override
    public void close() {
        core.close();
        client.shutdownNow();
        server.stop();
    }
}
