package io.wsnotify.systemtests.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP/1.1 calls to one node (or to nginx), with the answers' JSON parsed on request. A call
 * may take 30 s: a write during a database outage waits for a connection before it fails.
 */
public final class Http {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    public static Http port(int port) {
        return new Http(URI.create("http://127.0.0.1:" + port));
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The status of a GET, or -1 when the node cannot be reached. */
    public int status(String path) {
        try {
            return get(path).statusCode();
        } catch (UncheckedIOException unreachable) {
            return -1;
        }
    }

    /** The newest seq in the log now: the {@code Notify-Seq} of a read. */
    public long newestSeq() {
        HttpResponse<String> response = get("/notifications?limit=1");
        return Long.parseLong(response.headers()
                .firstValue("Notify-Seq")
                .orElseThrow(() -> new AssertionError("no Notify-Seq from " + base + ": " + response)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
