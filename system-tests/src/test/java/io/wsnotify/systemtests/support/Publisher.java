package io.wsnotify.systemtests.support;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes {@code POST /notify} to one node (or nginx) on a thread of its own, one after another,
 * until it has made {@code limit} attempts or is stopped. A 202 is acknowledged (its seq is kept);
 * any other answer is a failure, and publishing goes on; no answer at all (the node is gone) is a
 * failure that ends it.
 */
public final class Publisher implements AutoCloseable {
    private final String name;
    private final Http target;
    private final int limit;
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread thread;

    private Publisher(String name, Http target, int limit) {
        this.name = name;
        this.target = target;
        this.limit = limit;
        this.thread = Thread.ofPlatform().daemon().name("publisher-" + name).unstarted(this::run);
    }

    /** Starts publishing {@code limit} notifications (at most) to {@code target}. */
    public static Publisher start(String name, Http target, int limit) {
        Publisher publisher = new Publisher(name, target, limit);
        publisher.thread.start();
        return publisher;
    }

    /** The seqs of the publishes answered 202. */
    public Set<Long> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    /** One line per publish that was not acknowledged: the status and body, or the error. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** Waits until it has made all its attempts. */
    public void awaitDone(Duration timeout) throws InterruptedException {
        if (!thread.join(timeout)) {
            throw new AssertionError("publisher " + name + " still publishing after " + timeout);
        }
    }

    /** Stops after the publish in progress and waits for it. */
    @Override
    public void close() throws InterruptedException {
        stopped.set(true);
        awaitDone(Duration.ofSeconds(30));
    }

    private void run() {
        for (int i = 0; i < limit && !stopped.get(); i++) {
            String body = "{\"message\":\"" + name + " #" + i + "\",\"topic\":\"load\",\"data\":{\"publisher\":\""
                    + name + "\",\"i\":" + i + "}}";
            try {
                HttpResponse<String> response = target.post("/notify", body);
                if (response.statusCode() == 202) {
                    acknowledged.add(
                            Http.object(response.body()).getJsonNumber("seq").longValue());
                } else {
                    failures.add(response.statusCode() + " " + response.body());
                }
            } catch (RuntimeException noAnswer) {
                failures.add(noAnswer.toString());
                return;
            }
        }
    }
}
