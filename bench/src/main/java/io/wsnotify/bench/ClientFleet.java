package io.wsnotify.bench;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Recorder;

/** Opens and closes the benchmark's WebSockets: a few shared HttpClients, one executor, bounded ramp. */
final class ClientFleet {

    private final BenchOptions options;
    private final DeliveryStats stats;
    private final ExecutorService executor;
    private final List<HttpClient> httpClients = new ArrayList<>();
    private final BenchClient[] clients;
    private final WebSocket[] sockets;

    ClientFleet(BenchOptions options, DeliveryStats stats) {
        this.options = options;
        this.stats = stats;
        this.executor = Executors.newFixedThreadPool(options.threads(), Threads.daemon("ws-client"));
        this.clients = new BenchClient[options.clients()];
        this.sockets = new WebSocket[options.clients()];
    }

    /** Opens every client, at most {@code connectConcurrency} handshakes at a time. */
    ConnectSummary connectAll() throws InterruptedException {
        int n = clients.length;
        Semaphore inFlight = new Semaphore(options.connectConcurrency());
        CountDownLatch done = new CountDownLatch(n);
        Recorder handshake = new Recorder(3);
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            inFlight.acquire();
            int index = i;
            BenchClient client = new BenchClient(stats, options.eventTopic());
            clients[i] = client;
            long t0 = System.nanoTime();
            httpFor(i).newWebSocketBuilder()
                    .connectTimeout(options.connectTimeout())
                    .buildAsync(options.wsUri(i), client)
                    .whenComplete((ws, error) -> {
                        if (error == null) {
                            sockets[index] = ws;
                            handshake.recordValue((System.nanoTime() - t0) / 1000);
                        } else {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, describe(error));
                        }
                        inFlight.release();
                        done.countDown();
                    });
            if ((i + 1) % 1000 == 0) {
                Log.info("connecting: %d started, %d failed", i + 1, failed.get());
            }
        }
        done.await();
        long wall = System.nanoTime() - start;
        return new ConnectSummary(n, n - failed.get(), failed.get(), wall, handshake.getIntervalHistogram(),
                firstFailure.get());
    }

    /** Distinct events received, per connected client. */
    int[] receivedPerClient() {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < clients.length; i++) {
            if (sockets[i] != null) {
                counts.add(clients[i].received());
            }
        }
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Closes every open client with 1000, waits up to {@code timeoutMillis}, then aborts the rest. */
    int closeAll(long timeoutMillis) {
        List<CompletableFuture<Integer>> pending = new ArrayList<>();
        for (int i = 0; i < clients.length; i++) {
            WebSocket ws = sockets[i];
            if (ws != null && !clients[i].closed().isDone()) {
                clients[i].closing();
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "bench done");
                pending.add(clients[i].closed());
            }
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // fall through: abort whatever did not finish its closing handshake
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int unclean = 0;
        for (int i = 0; i < clients.length; i++) {
            if (sockets[i] != null && !clients[i].closed().isDone()) {
                sockets[i].abort();
                unclean++;
            }
        }
        httpClients.forEach(HttpClient::shutdownNow);
        executor.shutdownNow();
        return unclean;
    }

    private HttpClient httpFor(int i) {
        int slot = i / options.clientsPerHttpClient();
        while (httpClients.size() <= slot) {
            httpClients.add(HttpClient.newBuilder()
                    .executor(executor)
                    .connectTimeout(options.connectTimeout())
                    .build());
        }
        return httpClients.get(slot);
    }

    static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t instanceof CompletionException
                || t instanceof ExecutionException)) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
