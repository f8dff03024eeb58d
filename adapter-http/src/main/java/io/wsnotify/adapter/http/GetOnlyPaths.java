package io.wsnotify.adapter.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/**
 * 405 with {@code Allow: GET} for any other method on paths served by handlers that only know
 * GET and HEAD: the health and metrics observers the server carries beside the API. A GET or HEAD
 * passes on to them, whichever order the routes were registered in.
 */
final class GetOnlyPaths implements HttpService {
    static final List<String> OBSERVE =
            List.of("/observe/health", "/observe/health/live", "/observe/health/ready", "/observe/metrics");

    private final List<String> paths;

    GetOnlyPaths(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    @Override
    public void routing(HttpRules rules) {
        for (String path : paths) {
            rules.any(ApiPaths.withOptionalSlash(path), guard(path));
        }
    }

    /** Passes GET and HEAD on; anything else is a 405 that allows GET. */
    static Handler guard(String template) {
        return (ServerRequest req, ServerResponse res) -> {
            Method method = req.prologue().method();
            if (method.equals(Method.GET) || method.equals(Method.HEAD)) {
                res.next();
                return;
            }
            req.context().register(new MatchedRoute(template));
            throw ProblemException.methodNotAllowed(HeadRequests.requestedMethod(req), "GET");
        };
    }
}
