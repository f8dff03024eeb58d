package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.adapter.jwt.testing.SigningKeys;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signed tokens on a real server (DESIGN §6): HS256, RS256 and ES256 accepted; {@code scope} for
 * every operation ({@code publish} implies reading); {@code sub} is the log's client id;
 * {@code topics} limits the log. A valid token that may not is 403, and changes nothing.
 */
class SignedTokenAccessTest {
    private static final String PUBLISH = "static-publish-secret";
    private static final SignedTokens TOKENS = new SignedTokens();

    @RegisterExtension
    static final TestServer server = TestServer.create().withAccess(TOKENS.policy(PUBLISH, null));

    @Test
    void acceptsTokensSignedWithEachKindOfKey() {
        List<String> tokens = List.of(
                TOKENS.hs256("alice", "publish"),
                TOKENS.rs256(TOKENS.token("alice", "publish")),
                TOKENS.es256(TOKENS.token("alice", "publish")));
        for (String token : tokens) {
            assertEquals(200, server.get("/tasks").bearer(token).send().statusCode());
            assertEquals(
                    201,
                    server.call("POST", "/tasks")
                            .bearer(token)
                            .json("{\"name\":\"signed\"}")
                            .send()
                            .statusCode());
            assertEquals(200, server.get("/notifications?token=" + token).send().statusCode(), "in the query too");
        }
    }

    @Test
    void publishingNeedsThePublishScopeAnd403ChangesNothing() {
        long before = server.newestSeq();
        HttpResponse<String> refused = server.call("POST", "/notify")
                .bearer(TOKENS.hs256("alice", "subscribe"))
                .json("{\"message\":\"not allowed\"}")
                .send();

        JsonObject problem = ProblemAssert.assertProblem(refused, 403);
        assertTrue(problem.getString("detail").contains("scope"), problem.toString());
        assertTrue(
                refused.headers().firstValue("WWW-Authenticate").orElseThrow().contains("insufficient_scope"));
        assertEquals(before, server.newestSeq());
        ProblemAssert.assertProblem(
                server.call("DELETE", "/tasks/1")
                        .bearer(TOKENS.hs256("alice", ""))
                        .send(),
                403);
        assertEquals(before, server.newestSeq());
    }

    @Test
    void readingNeedsEitherScope() {
        assertEquals(
                200,
                server.get("/devices")
                        .bearer(TOKENS.hs256("alice", "subscribe"))
                        .send()
                        .statusCode());
        assertEquals(
                200,
                server.get("/devices")
                        .bearer(TOKENS.hs256("alice", "publish"))
                        .send()
                        .statusCode());
        ProblemAssert.assertProblem(
                server.get("/devices").bearer(TOKENS.hs256("alice", "profile")).send(), 403);
        ProblemAssert.assertProblem(
                server.get("/notifications").bearer(TOKENS.hs256("alice", "")).send(), 403);
    }

    @Test
    void theLogsClientIdIsTheSubject() {
        String alice = TOKENS.hs256("alice", "subscribe");
        assertEquals(
                200,
                server.get("/notifications?client_id=alice")
                        .bearer(alice)
                        .send()
                        .statusCode());
        JsonObject problem = ProblemAssert.assertProblem(
                server.get("/notifications?client_id=bob").bearer(alice).send(), 403);
        assertTrue(problem.getString("detail").contains("subject"), problem.toString());
    }

    @Test
    void theTopicsClaimLimitsTheLogAndIsItsDefault() {
        long since = server.newestSeq();
        publish("{\"message\":\"a task\",\"topic\":\"tasks\"}");
        publish("{\"message\":\"a device\",\"topic\":\"devices\"}");
        String tasksOnly = TOKENS.hs256(TOKENS.token("carol", "subscribe").topics("tasks"));

        JsonArray byDefault = ResponseJson.array(server.get("/notifications?since=" + since)
                .bearer(tasksOnly)
                .send()
                .body());
        assertEquals(List.of("a task"), messages(byDefault));
        assertEquals(
                200,
                server.get("/notifications?topics=tasks")
                        .bearer(tasksOnly)
                        .send()
                        .statusCode());
        JsonObject problem = ProblemAssert.assertProblem(
                server.get("/notifications?topics=tasks,devices")
                        .bearer(tasksOnly)
                        .send(),
                403);
        assertTrue(problem.getString("detail").contains("topic"), problem.toString());
    }

    @Test
    void theStaticPublishTokenAndAnonymousReadsKeepWorking() {
        assertEquals(
                201,
                server.call("POST", "/tasks")
                        .bearer(PUBLISH)
                        .json("{\"name\":\"static\"}")
                        .send()
                        .statusCode());
        assertEquals(200, server.get("/tasks").send().statusCode());
        HttpResponse<String> anonymousChange =
                server.call("POST", "/tasks").json("{\"name\":\"anon\"}").send();
        ProblemAssert.assertProblem(anonymousChange, 401);
        assertEquals(
                "Bearer realm=\"websockets-notify\"",
                anonymousChange.headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    @Test
    void aRefusalNeverEchoesTheToken() {
        String expired =
                TOKENS.token("alice", "subscribe").secondsFromNow("exp", -3600).hs256(SigningKeys.SECRET);
        HttpResponse<String> response = server.get("/tasks").bearer(expired).send();

        ProblemAssert.assertProblem(response, 401);
        String signature = expired.substring(expired.lastIndexOf('.') + 1);
        assertFalse(response.body().contains(signature));
        assertFalse(response.headers().map().toString().contains(signature));
    }

    private static void publish(String body) {
        assertEquals(
                202,
                server.call("POST", "/notify").bearer(PUBLISH).json(body).send().statusCode());
    }

    private static List<String> messages(JsonArray notifications) {
        return notifications.stream()
                .map(value -> value.asJsonObject().getString("message"))
                .toList();
    }
}
