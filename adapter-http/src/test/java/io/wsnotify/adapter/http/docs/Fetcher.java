package io.wsnotify.adapter.http.docs;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** Test client: GETs a path (with an optional {@code ?name=value} query) and keeps the whole answer. */
final class Fetcher {
    private final Http1Client client;

    Fetcher(Http1Client client) {
        this.client = client;
    }

    Fetched get(String pathAndQuery) {
        return get(pathAndQuery, null);
    }

    Fetched get(String pathAndQuery, String accept) {
        String[] parts = pathAndQuery.split("\\?", 2);
        Http1ClientRequest request = client.get(parts[0]);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.queryParam(nameValue[0], nameValue.length == 2 ? nameValue[1] : "");
            }
        }
        if (accept != null) {
            request.header(HeaderNames.ACCEPT, accept);
        }
        try (Http1ClientResponse response = request.request()) {
            String type = response.headers()
                    .contentType()
                    .map(t -> t.mediaType().text())
                    .orElse("");
            return new Fetched(response.status().code(), type, response.as(String.class));
        }
    }

    /** One answer: status code, media type without parameters, body text. */
    record Fetched(int status, String contentType, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }
}
