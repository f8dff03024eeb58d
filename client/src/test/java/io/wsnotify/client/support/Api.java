package io.wsnotify.client.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The server's REST API as the tests drive it, with plain JDK HTTP and an optional bearer token. */
public final class Api {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final TestServer server;
    private final String token;

    public Api(TestServer server, String token) {
        this.server = server;
        this.token = token;
    }

    public Api(TestServer server) {
        this(server, null);
    }

    /** POST /notify; returns the seq the server acknowledged (202). */
    public long publish(String json) throws IOException, InterruptedException {
        HttpResponse<String> answer = post("/notify", json);
        if (answer.statusCode() != 202) {
            throw new IOException("POST /notify answered " + answer.statusCode() + ": " + answer.body());
        }
        return object(answer.body()).getJsonNumber("seq").longValue();
    }

    /** POST /tasks; returns the new task's id. */
    public long createTask(String name) throws IOException, InterruptedException {
        HttpResponse<String> answer = post("/tasks", "{\"name\": \"" + name + "\"}");
        if (answer.statusCode() != 201) {
            throw new IOException("POST /tasks answered " + answer.statusCode() + ": " + answer.body());
        }
        return object(answer.body()).getJsonNumber("id").longValue();
    }

    /** Every seq in the log, oldest first (paging through GET /notifications). */
    public List<Long> loggedSeqs() throws IOException, InterruptedException {
        List<Long> all = new ArrayList<>();
        long since = 0;
        while (true) {
            HttpResponse<String> page =
                    send(request("/notifications?limit=1000&since=" + since).GET());
            List<Long> seqs = array(page.body()).stream()
                    .map(JsonValue::asJsonObject)
                    .map(n -> n.getJsonNumber("seq").longValue())
                    .toList();
            if (seqs.isEmpty()) {
                return all;
            }
            all.addAll(seqs);
            since = seqs.get(seqs.size() - 1);
        }
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) {
        try {
            return send(request(path).GET());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(TIMEOUT);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    public static JsonObject object(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
