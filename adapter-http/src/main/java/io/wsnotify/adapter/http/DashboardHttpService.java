package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
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
 * {@code /web/*} its scripts and styles. A missing file is a 404 problem like any other.
 */
final class DashboardHttpService implements HttpService {
    private static final String ROOT = "web";
    private static final String INDEX = ROOT + "/index.html";

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::index);
        rules.any("/web/*", (req, res) -> {
            req.context().register(new MatchedRoute("/web/*"));
            res.next();
        });
        rules.register("/web", StaticContentFeature.createService(ClasspathHandlerConfig.builder()
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
}
