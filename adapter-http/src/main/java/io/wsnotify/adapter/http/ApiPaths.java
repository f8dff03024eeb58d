package io.wsnotify.adapter.http;

import io.helidon.common.uri.UriPath;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The API's route templates (DESIGN §3); each also answers with a trailing slash. */
final class ApiPaths {
    static final String TASKS = "/tasks";
    static final String TASK = "/tasks/{id}";
    static final String DEVICES = "/devices";
    static final String DEVICE = "/devices/{id}";
    static final String NOTIFY = "/notify";
    static final String NOTIFICATIONS = "/notifications";
    static final String EVENTS = "/events";

    private static final Map<String, PathMatcher> MATCHERS = new LinkedHashMap<>();

    static {
        for (String template : new String[] {TASKS, TASK, DEVICES, DEVICE, NOTIFY, NOTIFICATIONS, EVENTS}) {
            MATCHERS.put(template, PathMatchers.create(withOptionalSlash(template)));
        }
    }

    private ApiPaths() {}

    /** The Helidon path pattern matching {@code template} with and without a trailing slash. */
    static String withOptionalSlash(String template) {
        return template + "[/]";
    }

    /** The API template a path belongs to, for requests answered before routing (401, 413, preflight). */
    static Optional<String> templateOf(String path) {
        UriPath uriPath = UriPath.create(path);
        return MATCHERS.entrySet().stream()
                .filter(entry -> entry.getValue().match(uriPath).accepted())
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
