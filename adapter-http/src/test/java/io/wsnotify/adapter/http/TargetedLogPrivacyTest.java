package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Privacy of targeted notifications in the log with signed tokens on (DESIGN §6): a notification
 * {@code to} alice is read by a signed token for alice and by publish credentials, and never by bob,
 * a static-token reader calling itself alice, or an anonymous reader calling itself alice.
 */
class TargetedLogPrivacyTest {
    private static final String PUBLISH = "static-publish-secret";
    private static final String SUBSCRIBE = "static-subscribe-secret";
    private static final SignedTokens TOKENS = new SignedTokens();
    private static final List<String> EVERYTHING = List.of("for everyone", "for alice", "for bob");
    private static final List<String> ALICE_SEES = List.of("for everyone", "for alice");
    private static final List<String> UNTARGETED = List.of("for everyone");

    /** Reads need a token: the static subscribe token is one. */
    private static TestServer guarded;
    /** Reads are open to anyone: signed tokens for publishing and identity only. */
    private static TestServer open;

    private static long guardedSince;
    private static long openSince;

    @BeforeAll
    static void publishOneForEachAudience() {
        guarded = TestServer.create()
                .withAccess(TOKENS.policy(PUBLISH, SUBSCRIBE))
                .start();
        open = TestServer.create().withAccess(TOKENS.policy(PUBLISH, null)).start();
        guardedSince = guarded.newestSeq();
        openSince = open.newestSeq();
        for (TestServer server : List.of(guarded, open)) {
            for (String body : List.of(
                    "{\"message\":\"for everyone\"}",
                    "{\"message\":\"for alice\",\"to\":\"alice\"}",
                    "{\"message\":\"for bob\",\"to\":\"bob\"}")) {
                assertEquals(
                        202,
                        server.call("POST", "/notify")
                                .bearer(PUBLISH)
                                .json(body)
                                .send()
                                .statusCode());
            }
        }
    }

    @AfterAll
    static void stop() {
        guarded.close();
        open.close();
    }

    @Test
    void aliceSignedTokenReadsAliceTargetedNotifications() {
        String alice = TOKENS.hs256("alice", "subscribe");
        assertEquals(ALICE_SEES, read(guarded, guardedSince, "", alice));
        assertEquals(ALICE_SEES, read(guarded, guardedSince, "&client_id=alice", alice));
        assertEquals(ALICE_SEES, read(open, openSince, "", TOKENS.rs256(TOKENS.token("alice", "subscribe"))));
        assertEquals(ALICE_SEES, read(open, openSince, "", TOKENS.es256(TOKENS.token("alice", "subscribe"))));
    }

    @Test
    void bobNeverReadsAlicesNotifications() {
        String bob = TOKENS.hs256("bob", "subscribe");
        assertEquals(List.of("for everyone", "for bob"), read(guarded, guardedSince, "", bob));
        ProblemAssert.assertProblem(
                guarded.get("/notifications?client_id=alice").bearer(bob).send(), 403);
    }

    @Test
    void aStaticTokenReaderCallingItselfAliceSeesUntargetedOnly() {
        assertEquals(UNTARGETED, read(guarded, guardedSince, "&client_id=alice", SUBSCRIBE));
        assertEquals(UNTARGETED, read(guarded, guardedSince, "", SUBSCRIBE));
    }

    @Test
    void anAnonymousReaderCallingItselfAliceSeesUntargetedOnly() {
        assertEquals(UNTARGETED, read(open, openSince, "&client_id=alice", null));
        assertEquals(UNTARGETED, read(open, openSince, "", null));
        ProblemAssert.assertProblem(
                guarded.get("/notifications?client_id=alice").send(), 401);
    }

    @Test
    void publishCredentialsReadEverythingActingForTheApplication() {
        assertEquals(EVERYTHING, read(guarded, guardedSince, "", PUBLISH));
        assertEquals(EVERYTHING, read(guarded, guardedSince, "", TOKENS.hs256("backend", "publish")));
        assertEquals(EVERYTHING, read(open, openSince, "", TOKENS.hs256("backend", "subscribe publish")));
    }

    private static List<String> read(TestServer server, long since, String query, String token) {
        Call call = server.get("/notifications?since=" + since + query);
        var response = (token == null ? call : call.bearer(token)).send();
        assertEquals(200, response.statusCode(), response.body());
        JsonArray notifications = ResponseJson.array(response.body());
        return notifications.stream()
                .map(value -> value.asJsonObject().getString("message"))
                .toList();
    }
}
