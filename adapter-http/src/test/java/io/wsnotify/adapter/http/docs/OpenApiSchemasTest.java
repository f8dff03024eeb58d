package io.wsnotify.adapter.http.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The document's schemas, parameters and security match DESIGN §3–§6. */
class OpenApiSchemasTest {
    private final OpenApiTree tree =
            new OpenApiTree(OpenApiDocument.fromClasspath().tree());

    @Test
    void envelopeListsTheFieldsOfSection4InOrder() {
        assertEquals(
                List.of("id", "message", "url", "date", "type", "seq", "timestamp", "topic", "event", "data", "to"),
                List.copyOf(schema("Notification").getJsonObject("properties").keySet()));
        assertEquals(JsonValue.TRUE, schema("Notification").get("additionalProperties"));
    }

    @Test
    void notifyAcceptedIsTheEnvelopePlusRecipients() {
        var parts = schema("NotifyAccepted").getJsonArray("allOf");
        assertEquals("#/components/schemas/Notification", parts.getJsonObject(0).getString("$ref"));
        assertTrue(parts.getJsonObject(1).getJsonObject("properties").containsKey("recipients"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "TaskCreate    | name status                     | name",
                "TaskUpdate    | status name                     | ''",
                "DeviceReport  | online                          | online",
                "NotifyRequest | message type url topic to data  | ''"
            })
    void requestBodiesHaveTheirFields(String name, String properties, String required) {
        JsonObject schema = schema(name);
        assertEquals(
                List.of(properties.split(" ")),
                List.copyOf(schema.getJsonObject("properties").keySet()));
        List<String> requiredFields = schema.containsKey("required")
                ? schema.getJsonArray("required").getValuesAs(JsonString::getString)
                : List.of();
        assertEquals(required.isEmpty() ? List.of() : List.of(required.split(" ")), requiredFields);
    }

    @Test
    void notifyPassesOtherFieldsThrough() {
        assertEquals(JsonValue.TRUE, schema("NotifyRequest").get("additionalProperties"));
    }

    @ParameterizedTest
    @CsvSource({"TaskId, 1, ", "DeviceId, 1, ", "Limit, 1, 1000", "Offset, 0, ", "Since, 0, "})
    void integerParametersCarryTheirBounds(String name, int minimum, Integer maximum) {
        JsonObject schema = parameter(name).getJsonObject("schema");
        assertEquals("integer", schema.getString("type"));
        assertEquals(minimum, schema.getInt("minimum"));
        if (maximum != null) {
            assertEquals(maximum, schema.getInt("maximum"));
        }
    }

    @Test
    void topicsAndClientIdsFollowTheirPatterns() {
        assertEquals("^[a-z0-9._-]{1,64}$", schema("Topic").getString("pattern"));
        assertEquals("^[A-Za-z0-9._~-]{1,64}$", schema("ClientId").getString("pattern"));
        assertEquals("array", parameter("Topics").getJsonObject("schema").getString("type"));
        assertEquals("token", parameter("Token").getString("name"));
    }

    @Test
    void offersBearerAndTokenQuerySchemes() {
        JsonObject schemes = tree.document().getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("bearer", schemes.getJsonObject("bearerAuth").getString("scheme"));
        assertEquals("query", schemes.getJsonObject("tokenQuery").getString("in"));
        assertEquals("token", schemes.getJsonObject("tokenQuery").getString("name"));
        String publishRole =
                tree.operation("post", "/notify").getJsonArray("security").toString();
        String subscribeRole =
                tree.operation("get", "/events").getJsonArray("security").toString();
        assertTrue(publishRole.contains("publish") && subscribeRole.contains("subscribe"));
    }

    @Test
    void describesTheWebSocketProtocol() {
        String text = tree.operation("get", "/ws/{client_id}").getString("description");
        for (String term : List.of(
                "since",
                "topics",
                "token",
                "{\"op\":\"ping\"}",
                "{\"op\":\"pong\"}",
                "1001",
                "1009",
                "1013",
                "replay.truncated",
                "replay.reset")) {
            assertTrue(text.contains(term), term);
        }
    }

    @Test
    void describesServerSentEventsFraming() {
        JsonObject events = tree.operation("get", "/events");
        assertTrue(events.getString("description").contains("id:")
                && events.getString("description").contains("data:"));
        assertTrue(events.toString().contains("Last-Event-ID"));
        assertTrue(tree.response("get", "/events", "200")
                .orElseThrow()
                .getJsonObject("content")
                .containsKey("text/event-stream"));
    }

    @Test
    void examplesUseTheSeedTexts() {
        String document = tree.document().toString();
        for (String text : List.of(
                "New task Write report created",
                "Task 11 status updated to completed",
                "Device Device U3 is now offline",
                "Task U1",
                "Device U1")) {
            assertTrue(document.contains(text), text);
        }
    }

    private JsonObject schema(String name) {
        return tree.document()
                .getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject(name);
    }

    private JsonObject parameter(String name) {
        return tree.document()
                .getJsonObject("components")
                .getJsonObject("parameters")
                .getJsonObject(name);
    }
}
