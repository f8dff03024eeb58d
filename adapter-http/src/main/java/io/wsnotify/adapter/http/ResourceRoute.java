package io.wsnotify.adapter.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The handlers of one route template, registered with and without a trailing slash, each
 * recording the template for the request observer; any other method is answered 405 with
 * {@code Allow}.
 */
final class ResourceRoute {
    private final String template;
    private final Map<Method, Handler> handlers = new LinkedHashMap<>();

    private ResourceRoute(String template) {
        this.template = template;
    }

    static ResourceRoute at(String template) {
        return new ResourceRoute(template);
    }

    ResourceRoute get(Handler handler) {
        return on(Method.GET, handler);
    }

    ResourceRoute post(Handler handler) {
        return on(Method.POST, handler);
    }

    ResourceRoute put(Handler handler) {
        return on(Method.PUT, handler);
    }

    ResourceRoute delete(Handler handler) {
        return on(Method.DELETE, handler);
    }

    private ResourceRoute on(Method method, Handler handler) {
        handlers.put(method, handler);
        return this;
    }

    void registerOn(HttpRules rules) {
        String pattern = ApiPaths.withOptionalSlash(template);
        handlers.forEach((method, handler) -> rules.route(method, pattern, (req, res) -> {
            req.context().register(new MatchedRoute(template));
            handler.handle(req, res);
        }));
        String allowed = handlers.keySet().stream().map(Method::text).collect(Collectors.joining(", "));
        rules.any(pattern, (req, res) -> {
            req.context().register(new MatchedRoute(template));
            throw ProblemException.methodNotAllowed(HeadRequests.requestedMethod(req), allowed);
        });
    }
}
