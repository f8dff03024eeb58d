package io.wsnotify.systemtests.support;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One raw Server-Sent Events stream ({@code GET /events}): the {@code data:} of every event goes to a
 * {@link Received}, as sent. It checks that each event's {@code id:} is the seq of its data, and
 * records how the stream ended.
 */
public final class SseStream implements AutoCloseable {
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Received received;
    private final CompletableFuture<String> ended = new CompletableFuture<>();
    private final InputStream body;
    private final List<String> idMismatches = new CopyOnWriteArrayList<>();

    private SseStream(HttpRequest request, Received received) throws Exception {
        this.received = received;
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            client.shutdownNow();
            throw new IllegalStateException("GET " + request.uri() + " answered " + response.statusCode());
        }
        this.body = response.body();
        Thread.ofPlatform().daemon().name("sse-" + received.who()).start(this::read);
    }

    /** Opens {@code base}{@code pathAndQuery} ({@code /events?since=N}), recording as {@code who}. */
    public static SseStream open(URI base, String pathAndQuery, String who) throws Exception {
        return new SseStream(
                HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build(), new Received(who));
    }

    /** Opens {@code /events} resuming after {@code lastEventId} with the {@code Last-Event-ID} header. */
    public static SseStream resume(URI base, long lastEventId, String who) throws Exception {
        return new SseStream(
                HttpRequest.newBuilder(base.resolve("/events"))
                        .header("Last-Event-ID", String.valueOf(lastEventId))
                        .GET()
                        .build(),
                new Received(who));
    }

    public Received received() {
        return received;
    }

    /** Events whose {@code id:} was not the seq of their data (none, when the server is right). */
    public List<String> idMismatches() {
        return List.copyOf(idMismatches);
    }

    public boolean isOpen() {
        return !ended.isDone();
    }

    public CompletableFuture<String> ended() {
        return ended;
    }

    @Override
    public void close() {
        ended.complete("closed by the test");
        client.shutdownNow();
        try {
            client.awaitTermination(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    dispatch(id, data);
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n")
                            .append(line.substring(5).stripLeading());
                }
            }
            ended.complete("the server ended the stream");
        } catch (IOException e) {
            ended.complete("error: " + e);
        }
    }

    private void dispatch(String id, StringBuilder data) {
        if (data.isEmpty()) {
            return;
        }
        received.add(data.toString());
        JsonObject event = received.frames().getLast();
        if (event.containsKey("seq")
                && !String.valueOf(event.getJsonNumber("seq").longValue()).equals(id)) {
            idMismatches.add("id " + id + " on the event of seq " + event.getJsonNumber("seq"));
        }
    }
}
