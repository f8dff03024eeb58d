package io.wsnotify.adapter.http.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.wsnotify.adapter.http.docs.Fetcher.Fetched;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /docs and /redoc render offline: every file they load comes from this server. */
@ServerTest
class DocsPagesTest {
    private static final Pattern LINKS = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern FOREIGN = Pattern.compile("https?:|(?:src|href|url)\\s*[=(]\\s*[\"']?//");

    private final Fetcher fetcher;

    DocsPagesTest(Http1Client client) {
        this.fetcher = new Fetcher(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        new ApiDocs().register(routing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/redoc"})
    void servesAnHtmlPage(String path) {
        Fetched page = fetcher.get(path);
        assertEquals(200, page.status());
        assertEquals("text/html", page.contentType());
        assertTrue(page.body().contains("<script"), page.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/redoc"})
    void pageNamesNoOtherHost(String path) {
        String body = fetcher.get(path).body();
        assertFalse(FOREIGN.matcher(body).find(), body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/redoc"})
    void everyLinkedFileLoadsFromThisServer(String path) {
        List<String> links = links(fetcher.get(path).body());
        assertTrue(links.size() >= 2, "links: " + links);
        for (String link : links) {
            assertTrue(link.startsWith("/") && !link.startsWith("//") || link.startsWith("data:"), link);
            if (link.startsWith("/")) {
                Fetched file = fetcher.get(link);
                assertEquals(200, file.status(), link);
                assertFalse(file.body().isEmpty(), link);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs/init.js", "/redoc/init.js"})
    void startsTheViewerOnTheServedDocumentWithNoOtherHost(String script) {
        Fetched init = fetcher.get(script);
        assertEquals("text/javascript", init.contentType());
        assertTrue(init.body().contains("'/openapi.json'"), init.body());
        assertFalse(FOREIGN.matcher(init.body()).find(), init.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs/assets/swagger-ui-bundle.js", "/redoc/assets/redoc.standalone.js"})
    void servesTheViewersAsJavaScript(String asset) {
        Fetched bundle = fetcher.get(asset);
        assertEquals(200, bundle.status());
        assertTrue(bundle.contentType().endsWith("javascript"), bundle.contentType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs/assets/swagger-ui.css"})
    void stylesheetsPullNothingFromOutside(String stylesheet) {
        String css = fetcher.get(stylesheet).body();
        assertFalse(css.contains("@import"), stylesheet);
        assertFalse(Pattern.compile("url\\(\\s*(?![\"']?data:)").matcher(css).find(), stylesheet);
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = LINKS.matcher(html);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }
}
