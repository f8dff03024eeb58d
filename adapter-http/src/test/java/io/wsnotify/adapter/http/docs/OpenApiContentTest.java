package io.wsnotify.adapter.http.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The served document describes every endpoint of DESIGN §3 with its statuses and headers. */
@ServerTest
class OpenApiContentTest {
    private final OpenApiTree tree;

    OpenApiContentTest(Http1Client client) {
        this.tree = new OpenApiTree(new Fetcher(client).get("/openapi.json").json());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        new ApiDocs().register(routing);
    }

    @Test
    void declaresOpenApi31() {
        assertTrue(tree.document().getString("openapi").matches("3\\.1\\.\\d+"));
        assertTrue(
                tree.document().getJsonObject("info").getString("description").contains("trailing slash"));
    }

    @ParameterizedTest(name = "{0} {1} answers {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "get    | /tasks               | 200 400 401 403 405",
                "post   | /tasks               | 201 400 401 403 405 413 415 422",
                "get    | /tasks/{id}          | 200 400 401 403 404 405",
                "put    | /tasks/{id}          | 200 400 401 403 404 405 413 415 422",
                "delete | /tasks/{id}          | 200 400 401 403 404 405",
                "get    | /devices             | 200 401 403 405",
                "get    | /devices/{id}        | 200 400 401 403 404 405",
                "put    | /devices/{id}        | 200 400 401 403 404 405 413 415 422",
                "post   | /notify              | 202 400 401 403 405 413 415 422",
                "get    | /notifications       | 200 400 401 403 405",
                "get    | /events              | 200 400 401 403 405",
                "get    | /ws/{client_id}      | 101 400 401 403 405 426",
                "get    | /openapi             | 200 400",
                "get    | /openapi.json        | 200",
                "get    | /docs                | 200",
                "get    | /redoc               | 200",
                "get    | /observe/health      | 200 503",
                "get    | /observe/health/live | 200",
                "get    | /observe/health/ready | 200 503",
                "get    | /observe/metrics     | 200 401 403",
                "get    | /                    | 200"
            })
    void documentsEveryOperationWithItsStatuses(String method, String path, String statuses) {
        for (String status : statuses.split(" ")) {
            assertTrue(tree.response(method, path, status).isPresent(), method + " " + path + " lacks " + status);
        }
    }

    @ParameterizedTest(name = "{0} {1} answers errors as problem+json")
    @CsvSource(
            delimiter = '|',
            value = {
                "post | /tasks",
                "put | /tasks/{id}",
                "delete | /tasks/{id}",
                "put | /devices/{id}",
                "post | /notify",
                "get | /notifications",
                "get | /events",
                "get | /tasks",
                "get | /tasks/{id}",
                "get | /devices",
                "get | /devices/{id}",
                "get | /ws/{client_id}",
                "get | /observe/metrics"
            })
    void describesErrorsAsProblems(String method, String path) {
        tree.operation(method, path).getJsonObject("responses").keySet().stream()
                .filter(status -> status.startsWith("4"))
                .forEach(status -> {
                    JsonObject content =
                            tree.response(method, path, status).orElseThrow().getJsonObject("content");
                    JsonObject schema =
                            content.getJsonObject("application/problem+json").getJsonObject("schema");
                    assertEquals("#/components/schemas/Problem", schema.getString("$ref"), path + " " + status);
                });
    }

    @ParameterizedTest
    @CsvSource({"/tasks", "/tasks/{id}", "/devices", "/devices/{id}", "/notifications"})
    void carriesNotifySeqOnEveryRead(String path) {
        JsonObject ok = tree.response("get", path, "200").orElseThrow();
        assertTrue(ok.getJsonObject("headers").containsKey("Notify-Seq"), path);
    }

    @Test
    void namesTheHeadersOfCreatedUnauthorizedAndMethodNotAllowed() {
        assertTrue(tree.response("post", "/tasks", "201")
                .orElseThrow()
                .getJsonObject("headers")
                .containsKey("Location"));
        assertTrue(tree.response("get", "/tasks", "401")
                .orElseThrow()
                .getJsonObject("headers")
                .containsKey("WWW-Authenticate"));
        assertTrue(tree.response("get", "/tasks", "405")
                .orElseThrow()
                .getJsonObject("headers")
                .containsKey("Allow"));
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = tree.references();
        assertTrue(refs.size() > 50, "refs: " + refs.size());
        refs.forEach(tree::pointed);
    }

    @Test
    void everyOperationHasAKnownTagAndAUniqueId() {
        List<String> tags = List.of("tasks", "devices", "notifications", "stream", "docs", "observe");
        List<String> ids = new ArrayList<>();
        tree.document()
                .getJsonObject("paths")
                .values()
                .forEach(item -> item.asJsonObject().forEach((method, op) -> {
                    if (op.getValueType() == JsonValue.ValueType.OBJECT
                            && op.asJsonObject().containsKey("responses")) {
                        assertTrue(
                                tags.containsAll(
                                        op.asJsonObject().getJsonArray("tags").getValuesAs(JsonString::getString)),
                                method);
                        ids.add(op.asJsonObject().getString("operationId"));
                    }
                }));
        assertEquals(ids.size(), ids.stream().distinct().count(), "operationIds: " + ids);
        assertEquals(21, ids.size());
    }
}
