package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import java.io.IOException;
import java.io.InputStream;

/**
 * The dashboard: {@code GET /} is the page ({@code web/index.html} from the classpath) and
 * {@code /web/*} its scripts and styles. A missing file is a 404 problem like any other; another
 * method than GET on the page or on a file that exists is a 405.
 */
final class DashboardHttpService implements HttpService {
    private static final String ROOT = "web";
    private static final String INDEX = ROOT + "/index.html";

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::index);
        rules.any("/", GetOnlyPaths.guard("/"));
        rules.any("/web/*", this::asset);
        rules.register(
                "/web",
                StaticContentFeature.createService(ClasspathHandlerConfig.builder()
                        .location(ROOT)
                        .classLoader(DashboardHttpService.class.getClassLoader())
                        .build()));
    }

    private void index(ServerRequest req, ServerResponse res) throws IOException {
        req.context().register(new MatchedRoute("/"));
        try (InputStream page = DashboardHttpService.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (page == null) {
                throw new ProblemException(new Problem(404, "The dashboard page is not installed"));
            }
            res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
            res.header(HeaderNames.CACHE_CONTROL, "no-cache");
            res.send(page.readAllBytes());
        }
    }

    /** GET and HEAD go on to the static files; another method is a 405 for a file that exists. */
    private void asset(ServerRequest req, ServerResponse res) {
        req.context().register(new MatchedRoute("/web/*"));
        Method method = req.prologue().method();
        if (method.equals(Method.GET) || method.equals(Method.HEAD)) {
            res.next();
            return;
        }
        String file = req.prologue().uriPath().path().substring("/web/".length());
        if (isFile(file)) {
            throw ProblemException.methodNotAllowed(method.text(), "GET");
        }
        throw new ProblemException(new Problem(404, "Nothing is served at this path"));
    }

    private static boolean isFile(String file) {
        if (file.isEmpty() || file.endsWith("/") || file.contains("..") || file.contains("//") || file.contains("\\")) {
            return false;
        }
        return DashboardHttpService.class.getClassLoader().getResource(ROOT + "/" + file) != null;
    }
}
