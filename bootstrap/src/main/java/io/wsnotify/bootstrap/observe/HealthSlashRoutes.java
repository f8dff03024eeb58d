package io.wsnotify.bootstrap.observe;

import io.helidon.webserver.http.HttpRouting;

/**
 * Serves {@code /observe/health/live/} and {@code /ready/} like their bare forms: every path works
 * with and without a trailing slash (DESIGN §3), and Helidon's health observer only matches the
 * bare sub-paths.
 */
public final class HealthSlashRoutes {
    private HealthSlashRoutes() {}

    public static void register(HttpRouting.Builder routing) {
        for (String check : new String[] {"live", "ready"}) {
            String bare = "/observe/health/" + check;
            routing.get(bare + "/", (req, res) -> res.reroute(bare, req.query()));
        }
    }
}
