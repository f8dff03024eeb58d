package io.wsnotify.adapter.http;

/**
 * Told about every finished HTTP request, for metrics and access logs.
 *
 * <p>{@code route} is the route template ({@code /tasks/{id}}), or {@code unmatched} when no
 * route answered. Called once per request on the request's thread; it must be quick and must
 * not throw (a throwing observer is logged and ignored).
 */
@FunctionalInterface
public interface RequestObserver {
    /** The route template reported when no route matched the request. */
    String UNMATCHED = "unmatched";

    void observed(String method, String route, int status, long durationNanos);
}
