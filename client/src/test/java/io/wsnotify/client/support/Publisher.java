package io.wsnotify.client.support;

import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Threads that POST /notify in a loop while a test stops, kills and restarts the server; they
 * keep every seq the server acknowledged. A failed call (the server is down) is retried after a
 * short pause, so a stopped server is not hammered; the loop ends at {@link #close()} or after
 * {@code max} acknowledgements, whichever is first.
 */
public final class Publisher implements AutoCloseable {
    private static final long RETRY_PAUSE_NANOS = Duration.ofMillis(20).toNanos();

    private final Api api;
    private final int max;
    private final String body;
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    private Publisher(Api api, int max, String body) {
        this.api = api;
        this.max = max;
        this.body = body;
    }

    /** Starts {@code threads} publishers of {@code body} (a POST /notify JSON object). */
    public static Publisher start(Api api, int threads, int max, String body) {
        Publisher publisher = new Publisher(api, max, body);
        for (int i = 0; i < threads; i++) {
            publisher.threads.add(
                    Thread.ofPlatform().daemon().name("publisher-" + i).start(publisher::publish));
        }
        return publisher;
    }

    public int count() {
        return acknowledged.size();
    }

    public Set<Long> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    /**
     * Waits for one more acknowledgement (from a server just restarted) and returns the highest
     * seq acknowledged then: a client that has it is on the restarted server.
     */
    public long awaitNextAcknowledged(Duration timeout) {
        int before = count();
        Await.until("a publish on the restarted server", timeout, () -> count() > before);
        return acknowledged().stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    /** Stops publishing and waits for calls in flight; returns the acknowledged seqs. */
    @Override
    public void close() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void publish() {
        while (running.get() && acknowledged.size() < max) {
            try {
                acknowledged.add(api.publish(body));
            } catch (Exception serverDown) {
                LockSupport.parkNanos(RETRY_PAUSE_NANOS);
            }
        }
    }
}
