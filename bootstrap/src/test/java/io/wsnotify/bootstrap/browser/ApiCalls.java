package io.wsnotify.bootstrap.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * What the browser tests do behind the page's back: REST calls with the JDK's HttpClient, with a
 * bearer token when the server asks for one.
 */
final class ApiCalls {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String baseUrl;
    private final String token;

    ApiCalls(String baseUrl) {
        this(baseUrl, null);
    }

    /** Calls that present {@code token} as {@code Authorization: Bearer} (none when null). */
    ApiCalls(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** POST /tasks; returns the new task's id. */
    long createTask(String name) {
        String body = Json.createObjectBuilder().add("name", name).build().toString();
        return object(send("POST", "/tasks", body, 201)).getJsonNumber("id").longValue();
    }

    /** PUT /devices/{id} {"online": …}, as a device reporting its state. */
    void reportDevice(long id, boolean online) {
        send("PUT", "/devices/" + id, "{\"online\": " + online + "}", 200);
    }

    /** POST /notify with this body; returns the seq it was logged with. */
    long notify(String json) {
        return object(send("POST", "/notify", json, 202)).getJsonNumber("seq").longValue();
    }

    /** POST /notify of {@code message} addressed {@code to} one client; returns the seq it was logged with. */
    long notifyTo(String to, String message) {
        return notify(Json.createObjectBuilder()
                .add("message", message)
                .add("to", to)
                .build()
                .toString());
    }

    /** The seqs of every notification in the log, oldest first. */
    List<Long> loggedSeqs() {
        String body = send("GET", "/notifications?since=0&limit=1000", null, 200);
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray().stream()
                    .map(JsonValue::asJsonObject)
                    .map(envelope -> envelope.getJsonNumber("seq").longValue())
                    .toList();
        }
    }

    private String send(String method, String path, String json, int expectedStatus) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + " instead of "
                        + expectedStatus + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
