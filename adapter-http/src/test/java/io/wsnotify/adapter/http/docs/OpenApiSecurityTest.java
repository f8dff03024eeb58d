package io.wsnotify.adapter.http.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The document's security matches DESIGN §6 (issue 11): static tokens and signed tokens (JWT) side
 * by side, and on every operation that takes a token its 401 and 403 answers as problems with the
 * bearer challenge.
 */
class OpenApiSecurityTest {
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final OpenApiTree tree =
            new OpenApiTree(OpenApiDocument.fromClasspath().tree());

    @Test
    void offersSignedTokensAsABearerJwtSchemeBesideTheStaticOnes() {
        JsonObject schemes = tree.document().getJsonObject("components").getJsonObject("securitySchemes");
        JsonObject jwt = schemes.getJsonObject("bearerJwt");
        assertEquals("http", jwt.getString("type"));
        assertEquals("bearer", jwt.getString("scheme"));
        assertEquals("JWT", jwt.getString("bearerFormat"));
        for (String claim : List.of("`sub`", "`scope`", "`topics`", "`exp`", "JwtClaims")) {
            assertTrue(jwt.getString("description").contains(claim), claim);
        }
        assertEquals("bearer", schemes.getJsonObject("bearerAuth").getString("scheme"));
        assertTrue(schemes.getJsonObject("tokenQuery").getString("description").contains("JWT"));
    }

    @Test
    void describesTheClaimsOfASignedToken() {
        JsonObject claims = tree.document()
                .getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject("JwtClaims");
        JsonObject properties = claims.getJsonObject("properties");
        assertEquals(List.of("sub", "exp"), claims.getJsonArray("required").getValuesAs(JsonString::getString));
        assertEquals(
                "#/components/schemas/ClientId", properties.getJsonObject("sub").getString("$ref"));
        assertEquals("string", properties.getJsonObject("scope").getString("type"));
        assertTrue(properties.getJsonObject("scope").getString("description").contains("`publish`"));
        assertEquals(
                "#/components/schemas/Topic",
                properties.getJsonObject("topics").getJsonObject("items").getString("$ref"));
    }

    @Test
    void everyOperationThatTakesATokenOffersBothKindsAndAnswers401And403WithTheChallenge() {
        List<String> guarded = new ArrayList<>();
        forEachOperation((name, operation) -> {
            String security = operation.getJsonArray("security").toString();
            if (!security.contains("bearerAuth")) {
                return;
            }
            guarded.add(name);
            assertTrue(security.contains("bearerJwt") && security.contains("tokenQuery"), name + ": " + security);
            for (String status : List.of("401", "403")) {
                JsonObject answer =
                        tree.resolve(operation.getJsonObject("responses").get(status));
                assertTrue(answer.getJsonObject("headers").containsKey("WWW-Authenticate"), name + " " + status);
                assertEquals(
                        PROBLEM,
                        answer.getJsonObject("content")
                                .getJsonObject("application/problem+json")
                                .getJsonObject("schema")
                                .getString("$ref"),
                        name + " " + status);
            }
        });
        assertEquals(
                List.of(
                        "get /tasks",
                        "post /tasks",
                        "get /tasks/{id}",
                        "put /tasks/{id}",
                        "delete /tasks/{id}",
                        "get /devices",
                        "get /devices/{id}",
                        "put /devices/{id}",
                        "post /notify",
                        "get /notifications",
                        "get /events",
                        "get /ws/{client_id}",
                        "get /observe/metrics"),
                guarded);
    }

    @Test
    void operationsWithoutATokenAnswerNeither401Nor403() {
        forEachOperation((name, operation) -> {
            if (!operation.getJsonArray("security").toString().contains("bearerAuth")) {
                assertFalse(operation.getJsonObject("responses").containsKey("401"), name);
                assertFalse(operation.getJsonObject("responses").containsKey("403"), name);
            }
        });
    }

    @ParameterizedTest
    @CsvSource({"/ws/{client_id}", "/events", "/notifications", "/tasks"})
    void takesTheTokenAsAQueryParameter(String path) {
        boolean hasToken = tree.operation("get", path).getJsonArray("parameters").stream()
                .map(tree::resolve)
                .anyMatch(parameter ->
                        "token".equals(parameter.getString("name")) && "query".equals(parameter.getString("in")));
        assertTrue(hasToken, path);
    }

    @Test
    void theChallengeNamesBothErrorsAndTheirReason() {
        JsonObject challenge = tree.resolve(tree.response("get", "/tasks", "401")
                .orElseThrow()
                .getJsonObject("headers")
                .get("WWW-Authenticate"));
        for (String term : List.of("invalid_token", "insufficient_scope", "error_description")) {
            assertTrue(challenge.getString("description").contains(term), term);
        }
    }

    private void forEachOperation(BiConsumer<String, JsonObject> action) {
        for (Map.Entry<String, JsonValue> item :
                tree.document().getJsonObject("paths").entrySet()) {
            item.getValue().asJsonObject().forEach((method, operation) -> {
                if (operation.getValueType() == JsonValue.ValueType.OBJECT
                        && operation.asJsonObject().containsKey("responses")) {
                    action.accept(method + " " + item.getKey(), operation.asJsonObject());
                }
            });
        }
    }
}
