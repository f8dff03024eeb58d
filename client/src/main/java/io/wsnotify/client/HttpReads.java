package io.wsnotify.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reads over HTTP with the bearer token: a resource as a {@link Snapshot} (body + {@code Notify-Seq}). */
final class HttpReads {
    static final String NOTIFY_SEQ = "Notify-Seq";

    private final HttpClient http;

    HttpReads(HttpClient http) {
        this.http = http;
    }

    /** GETs {@code uri} within {@code timeout}; a non-2xx answer or a missing {@code Notify-Seq} throws. */
    Snapshot<String> get(URI uri, String token, Duration timeout) throws InterruptedException {
        String what = "GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        CompletableFuture<HttpResponse<String>> answer =
                http.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = answer.get(timeout.toNanos() + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw Failures.of(what, e);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw Failures.of(what, new HttpTimeoutException("no answer within " + timeout));
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        }
        if (response.statusCode() / 100 != 2) {
            throw Failures.refused(what, response.statusCode(), response.body(), null);
        }
        OptionalLong seq = notifySeq(response);
        if (seq.isEmpty()) {
            throw new NotifyException(
                    what + " answered without a valid " + NOTIFY_SEQ + " header: it is not a"
                            + " snapshot of the service's state",
                    0,
                    null);
        }
        return new Snapshot<>(response.body(), seq.getAsLong());
    }

    private static OptionalLong notifySeq(HttpResponse<String> response) {
        try {
            return response.headers()
                    .firstValue(NOTIFY_SEQ)
                    .map(String::strip)
                    .map(Long::parseLong)
                    .filter(seq -> seq >= 0)
                    .map(OptionalLong::of)
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
