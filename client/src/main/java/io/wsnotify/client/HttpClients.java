package io.wsnotify.client;

import java.net.http.HttpClient;
import java.time.Duration;

/** The JDK HTTP client a {@link NotifyClient} uses for its reads and its WebSocket handshakes. */
final class HttpClients {
    private HttpClients() {}

    /** HTTP/1.1 (no h2c upgrade attempt on plain http), no redirects, the given TCP connect timeout. */
    static HttpClient create(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }
}
