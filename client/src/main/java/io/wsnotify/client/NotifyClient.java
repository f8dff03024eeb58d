package io.wsnotify.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A connection to a Websockets Notify server's live stream that never misses a notification: it
 * remembers the last seq it received, reconnects with backoff, resumes with {@code since=}, drops
 * duplicates, reports {@code replay.truncated}/{@code replay.reset} as a {@link Gap}, and notices
 * a silent server. Built and connected by {@link #builder(URI)}:
 *
 * <pre>{@code
 * try (NotifyClient client = NotifyClient.builder(URI.create("http://localhost:5050"))
 *         .clientId("alice")
 *         .onNotification(n -> System.out.println(n.seq() + " " + n.message()))
 *         .connect()) {
 *     ...
 * }
 * }</pre>
 *
 * <p><b>Guarantees.</b> The callbacks run on one thread of the client's own, one at a time; the
 * notifications reach {@code onNotification} in seq order and never twice for one seq, across
 * reconnects and server restarts. Every notification the server logs after the start seq and that
 * this client may receive is delivered, unless the server reports it lost (a {@link Gap}).
 *
 * <p><b>Threads.</b> Besides the callback thread, one connection thread per client. Both are
 * daemon threads and end with {@link #close()}. A slow callback delays only this client: once
 * a bounded number of notifications wait, the client stops reading from the socket.
 */
public final class NotifyClient implements AutoCloseable {
    /**
     * Notifications waiting for the callback thread before the client stops reading the socket:
     * enough to ride out a short pause of the callbacks, at most a few MB of envelopes.
     */
    static final int INBOX_CAPACITY = 64;

    private static final long CLOSE_WITHIN_NANOS = TimeUnit.MILLISECONDS.toNanos(750);

    private final ClientSettings settings;
    private final HttpReads reads;
    private final Inbox inbox = new Inbox(INBOX_CAPACITY);
    private final Dispatcher dispatcher;
    private final ConnectionLoop loop;
    private final AtomicBoolean closed = new AtomicBoolean();

    private NotifyClient(ClientSettings settings) {
        this.settings = settings;
        HttpClient http = HttpClients.create(settings.connectTimeout());
        this.reads = new HttpReads(http);
        this.dispatcher = new Dispatcher(inbox, settings.callbacks());
        Receiver receiver = new Receiver(inbox, settings.since(), dispatcher::startAt);
        this.loop = new ConnectionLoop(
                settings,
                new Attempt(http, reads, settings, receiver),
                receiver,
                inbox,
                Backoff.randomized(settings.backoffInitial(), settings.backoffMax()));
    }

    /** Starts building a client of the server at {@code baseUri} ({@code http://localhost:5050}). */
    public static NotifyClientBuilder builder(URI baseUri) {
        return new NotifyClientBuilder(baseUri);
    }

    /** Connects with {@code settings}; returns after the first handshake, or closes and throws. */
    static NotifyClient connect(ClientSettings settings) {
        NotifyClient client = new NotifyClient(settings);
        String name = "notify-client-" + settings.clientId();
        client.dispatcher.start(name + "-callbacks");
        client.loop.start(name + "-connection");
        try {
            client.loop.awaitFirstHandshake();
            return client;
        } catch (InterruptedException e) {
            client.close();
            Thread.currentThread().interrupt();
            throw new NotifyException("interrupted while connecting", 0, e);
        } catch (NotifyException e) {
            client.close();
            throw e;
        }
    }

    /**
     * The newest seq handed to {@code onNotification}: before any, the seq the stream started
     * after ({@code since}, or the log's newest seq when {@code connect()} ran). Store it to resume
     * later with {@link NotifyClientBuilder#since}. After a {@link Gap.Kind#RESET} it starts again
     * from the replaced log's newest seq.
     */
    public long lastSeq() {
        return dispatcher.lastSeq();
    }

    /**
     * Reads {@code path} ({@code /tasks}, {@code /devices?limit=50}; already URL-encoded) with this
     * client's token. The stream runs since before this read, so together with
     * {@link Snapshot#includes} it joins the snapshot and the stream with nothing missed.
     *
     * @throws NotifyException when the server answers other than 2xx, without {@code Notify-Seq},
     *                         or cannot be reached within the connect timeout
     */
    public Snapshot<String> get(String path) {
        try {
            return reads.get(settings.endpoints().resource(path), settings.currentToken(), settings.connectTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotifyException("interrupted while reading " + path, 0, e);
        }
    }

    /**
     * Closes the connection and stops the client; idempotent, and returns within a second. No
     * callback starts after it returns, but one already running (when close() is called from
     * elsewhere) may still finish. May be called from a callback.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long deadline = System.nanoTime() + CLOSE_WITHIN_NANOS;
        inbox.close();
        try {
            loop.stop(deadline);
            dispatcher.awaitEnd(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
