package io.wsnotify.adapter.http.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.wsnotify.adapter.http.docs.Fetcher.Fetched;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

@ServerTest
class OpenApiEndpointTest {
    private final Http1Client client;
    private final Fetcher fetcher;

    OpenApiEndpointTest(Http1Client client) {
        this.client = client;
        this.fetcher = new Fetcher(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        new ApiDocs().register(routing);
    }

    @Test
    void servesYamlByDefault() {
        Fetched answer = fetcher.get("/openapi");
        assertEquals(200, answer.status());
        assertEquals("application/yaml", answer.contentType());
        Map<?, ?> document = new Yaml().load(answer.body());
        assertTrue(String.valueOf(document.get("openapi")).startsWith("3.1."), "openapi: " + document.get("openapi"));
    }

    @Test
    void servesJsonWhenTheClientAcceptsJson() {
        Fetched answer = fetcher.get("/openapi", "application/json");
        assertEquals("application/json", answer.contentType());
        assertTrue(answer.json().getString("openapi").startsWith("3.1."));
    }

    @Test
    void servesYamlToABrowser() {
        Fetched answer = fetcher.get("/openapi", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, answer.status());
        assertEquals("application/yaml", answer.contentType());
    }

    @Test
    void formatQueryWinsOverAccept() {
        assertEquals(
                "application/json",
                fetcher.get("/openapi?format=JSON", "application/yaml").contentType());
        assertEquals("application/json", fetcher.get("/openapi?format=json").contentType());
        assertEquals(
                "application/yaml",
                fetcher.get("/openapi?format=YAML", "application/json").contentType());
    }

    @Test
    void refusesAnUnknownFormatWithAProblem() {
        Fetched answer = fetcher.get("/openapi?format=xml");
        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        JsonObject problem = answer.json();
        assertEquals(400, problem.getInt("status"));
        assertEquals("format", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void openapiJsonIsAlwaysJson() {
        Fetched answer = fetcher.get("/openapi.json", "application/yaml");
        assertEquals(200, answer.status());
        assertEquals("application/json", answer.contentType());
        assertTrue(answer.json().containsKey("paths"));
    }

    @Test
    void yamlAndJsonAreTheSameDocument() {
        Yaml yaml = new Yaml();
        Map<?, ?> fromYaml = yaml.load(fetcher.get("/openapi").body());
        Map<?, ?> fromJson = yaml.load(fetcher.get("/openapi.json").body());
        Map<?, ?> negotiatedJson =
                yaml.load(fetcher.get("/openapi", "application/json").body());
        assertEquals(fromYaml, fromJson);
        assertEquals(fromJson, negotiatedJson);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/openapi/", "/openapi.json/", "/docs/", "/redoc/"})
    void acceptsATrailingSlash(String path) {
        assertEquals(200, fetcher.get(path).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/openapi", "/openapi.json/", "/docs", "/redoc/"})
    void refusesOtherMethodsWithAllow(String path) {
        try (Http1ClientResponse response = client.post(path).submit("{}")) {
            assertEquals(405, response.status().code());
            assertEquals("GET", response.headers().get(HeaderNames.ALLOW).get());
            assertEquals(
                    "application/problem+json",
                    response.headers().contentType().orElseThrow().mediaType().text());
        }
    }
}
