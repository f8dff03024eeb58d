package io.wsnotify.adapter.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One HTTP request under construction, sent with the JDK client; bodies default to JSON. */
final class Call {
    private final HttpClient client;
    private final HttpRequest.Builder request;
    private final String method;
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
    private boolean contentTypeSet;

    Call(HttpClient client, URI uri, String method) {
        this.client = client;
        this.method = method;
        this.request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    }

    Call header(String name, String value) {
        request.header(name, value);
        if (name.equalsIgnoreCase("Content-Type")) {
            contentTypeSet = true;
        }
        return this;
    }

    Call bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    /** A JSON body sent with a Content-Length (and Content-Type application/json unless set). */
    Call json(String json) {
        body = HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        return this;
    }

    /** A body of exactly these bytes, with a Content-Length. */
    Call bytes(byte[] bytes) {
        body = HttpRequest.BodyPublishers.ofByteArray(bytes);
        return this;
    }

    /** A body sent chunked: the client does not know its length in advance. */
    Call chunked(byte[] bytes) {
        body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        return this;
    }

    HttpResponse<String> send() {
        if (!contentTypeSet && body.contentLength() != 0) {
            request.header("Content-Type", "application/json");
        }
        try {
            return client.send(
                    request.method(method, body).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
