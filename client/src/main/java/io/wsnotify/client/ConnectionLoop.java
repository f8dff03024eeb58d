package io.wsnotify.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The client's connection thread: opens the stream, watches it, and when it ends opens it again
 * after the last seq received, until the client is closed or refused for good.
 *
 * <p>A 1013 (slow consumer) or 1001 (server stopping) close is resumed at once; every other end,
 * and every failed attempt, waits a {@link Backoff} delay, reset by each successful handshake. A
 * final refusal ({@link NotifyException#isFinal}, such as 401 or 403) stops the loop: before the first
 * handshake it fails {@code connect()}, later it reaches the error callback. Until the first
 * handshake, attempts stop at the connect timeout.
 */
final class ConnectionLoop implements Runnable {
    private static final long POLITE_CLOSE_MILLIS = 200;

    private final ClientSettings settings;
    private final Attempt attempt;
    private final Receiver receiver;
    private final Inbox inbox;
    private final Backoff backoff;
    private final CompletableFuture<Void> firstOpen = new CompletableFuture<>();
    private volatile boolean stopping;
    private volatile Thread thread;

    ConnectionLoop(ClientSettings settings, Attempt attempt, Receiver receiver, Inbox inbox, Backoff backoff) {
        this.settings = settings;
        this.attempt = attempt;
        this.receiver = receiver;
        this.inbox = inbox;
        this.backoff = backoff;
    }

    void start(String name) {
        Thread started = new Thread(this, name);
        started.setDaemon(true);
        thread = started;
        started.start();
    }

    /** Returns after the first successful handshake; throws what prevented one. */
    void awaitFirstHandshake() throws InterruptedException {
        try {
            firstOpen.get();
        } catch (ExecutionException e) {
            throw (NotifyException) e.getCause();
        }
    }

    /** Stops the loop and closes the connection; waits for that at most until {@code deadline}. */
    void stop(long deadline) throws InterruptedException {
        stopping = true;
        Thread running = thread;
        if (running != null && running != Thread.currentThread()) {
            running.interrupt();
            running.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
    }

    @Override
    public void run() {
        long deadline = System.nanoTime() + settings.connectTimeout().toNanos();
        int failures = 0;
        try {
            while (!stopping) {
                StreamConnection connection;
                try {
                    connection = attempt.open(firstOpen.isDone() ? settings.connectTimeout() : remaining(deadline));
                } catch (NotifyException e) {
                    if (e.isFinal() || (!firstOpen.isDone() && System.nanoTime() >= deadline)) {
                        fail(firstOpen.isDone() || e.isFinal() ? e : unreachable(e));
                        return;
                    }
                    Duration delay = backoff.delay(failures++);
                    if (!firstOpen.isDone() && delay.compareTo(remaining(deadline)) > 0) {
                        delay = remaining(deadline);
                    }
                    report(ConnectionEvent.Kind.CONNECT_FAILED, -1, e.getMessage(), delay);
                    pause(delay);
                    continue;
                }
                failures = 0;
                firstOpen.complete(null);
                Ending ending = connection.watch(settings.heartbeatIdle(), settings.heartbeatTimeout(), () -> stopping);
                if (ending == null) {
                    connection.close(POLITE_CLOSE_MILLIS);
                    return;
                }
                receiver.retire();
                ending.namedSeq().ifPresent(receiver::closedAfter);
                Duration delay = ending.resumeAtOnce() ? Duration.ZERO : backoff.delay(failures++);
                report(ConnectionEvent.Kind.DISCONNECTED, ending.code(), ending.describe(), delay);
                pause(delay);
            }
        } catch (InterruptedException stopped) {
            // close() interrupts the loop wherever it waits
        } finally {
            firstOpen.completeExceptionally(new NotifyException("the client was closed before it connected", 0, null));
        }
    }

    private void fail(NotifyException failure) {
        if (!firstOpen.completeExceptionally(failure)) {
            inbox.add(new Inbound.Failed(failure));
        }
    }

    private NotifyException unreachable(NotifyException last) {
        return new NotifyException(
                "cannot connect to " + settings.endpoints().base() + " within "
                        + settings.connectTimeout().toMillis() + " ms: " + last.getMessage(),
                last.status(),
                last);
    }

    private void report(ConnectionEvent.Kind kind, int code, String detail, Duration retryIn) {
        inbox.add(new Inbound.StatusChanged(
                new ConnectionEvent(kind, receiver.resumePoint(), code, detail == null ? "" : detail, retryIn)));
    }

    private void pause(Duration delay) throws InterruptedException {
        if (!delay.isZero()) {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        }
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(TimeUnit.MILLISECONDS.toNanos(100), deadline - System.nanoTime()));
    }
}
