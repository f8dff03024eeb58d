package io.wsnotify.client;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The server's addresses, derived from its base URI ({@code http://localhost:5050}, or one with a
 * path prefix behind a proxy): the WebSocket stream and the HTTP resources.
 */
final class Endpoints {
    private final URI base;
    private final boolean secure;
    private final String prefix;

    Endpoints(URI base) {
        if (base == null || !base.isAbsolute() || base.getRawAuthority() == null) {
            throw new IllegalArgumentException("base URI: must be absolute, like http://localhost:5050, was " + base);
        }
        String scheme = base.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of("http", "https", "ws", "wss").contains(scheme)) {
            throw new IllegalArgumentException("base URI: scheme must be http or https, was " + base);
        }
        if (base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new IllegalArgumentException("base URI: must have no query or fragment, was " + base);
        }
        this.base = base;
        this.secure = scheme.equals("https") || scheme.equals("wss");
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        this.prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    URI base() {
        return base;
    }

    /** {@code ws://host/ws/{clientId}?since=N&topics=a,b}; the token travels in a header, never here. */
    URI stream(String clientId, List<String> topics, long since) {
        StringBuilder query = new StringBuilder("?since=").append(since);
        if (!topics.isEmpty()) {
            query.append("&topics=").append(String.join(",", topics));
        }
        return URI.create(
                (secure ? "wss" : "ws") + "://" + base.getRawAuthority() + prefix + "/ws/" + clientId + query);
    }

    /** The log's newest seq is the {@code Notify-Seq} of this small read. */
    URI head(String clientId, List<String> topics) {
        String query =
                "?limit=1&client_id=" + clientId + (topics.isEmpty() ? "" : "&topics=" + String.join(",", topics));
        return resource("/notifications" + query);
    }

    /** An HTTP resource: {@code path} is absolute ({@code /tasks?status=pending}) and already encoded. */
    URI resource(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("path: must start with a single '/', like /tasks, was " + path);
        }
        try {
            return URI.create((secure ? "https" : "http") + "://" + base.getRawAuthority() + prefix + path);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("path: not a valid URI path (encode it first): " + path, e);
        }
    }
}
