package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import io.wsnotify.adapter.jwt.testing.SigningKeys;
import io.wsnotify.adapter.jwt.testing.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad signed tokens (issue 11): each is a 401 with {@code invalid_token} and its reason, on a read
 * (even one open to anonymous readers) and on a change, never a 5xx, and nothing changes. Tokens
 * within the 30 s of allowed clock skew pass.
 */
class SignedTokenBadInputTest {
    private static final SignedTokens TOKENS = new SignedTokens();
    private static final String INVALID =
            "Bearer realm=\"websockets-notify\", error=\"invalid_token\", error_description=";

    @RegisterExtension
    static final TestServer server = TestServer.create().withAccess(TOKENS.policy(null, null));

    static Stream<Arguments> badTokens() {
        return Stream.of(
                bad("malformed", "malformed", () -> "not-a-jwt"),
                bad("five parts", "malformed", () -> "a.b.c.d.e"),
                bad("truncated header", "malformed", () -> valid().substring(0, 12)),
                bad("truncated to two parts", "malformed", () -> valid().substring(0, valid().lastIndexOf('.'))),
                bad("truncated signature", "signature", () -> valid().substring(0, valid().length() - 8)),
                bad(
                        "oversized over 8 KiB",
                        "8192",
                        () -> TOKENS.hs256(publisher().claim("pad", "p".repeat(8200)))),
                bad("payload not UTF-8", "UTF-8", SignedTokenBadInputTest::notUtf8),
                bad("unknown kid", "key", () -> publisher().kid("rsa-9").rs256(TOKENS.keys.rsa())),
                bad(
                        "expired beyond skew",
                        "expired",
                        () -> TOKENS.hs256(publisher().secondsFromNow("exp", -45))),
                bad(
                        "not yet valid beyond skew",
                        "not valid yet",
                        () -> TOKENS.hs256(publisher().secondsFromNow("nbf", 120))),
                bad(
                        "issued in the future beyond skew",
                        "not valid yet",
                        () -> TOKENS.hs256(publisher().secondsFromNow("iat", 120))),
                bad("no exp", "claim", () -> TOKENS.hs256(publisher().claim("exp", null))),
                bad("wrong issuer", "issuer", () -> TOKENS.hs256(publisher().claim("iss", "https://evil.example"))),
                bad("wrong audience", "audience", () -> TOKENS.hs256(publisher().claim("aud", "another-service"))),
                bad("alg none", "algorithm", () -> publisher().unsigned("none")),
                bad(
                        "alg mismatch with the key of the kid",
                        "algorithm",
                        () -> publisher().kid("ec-1").rs256(TOKENS.keys.rsa())),
                bad("HS256 signed with the RSA public key", "signature", SignedTokenBadInputTest::keyConfusion),
                bad(
                        "signed by a stranger",
                        "signature",
                        () -> publisher().kid("rsa-1").rs256(SigningKeys.rsa("rsa-1"))),
                bad(
                        "sub not a client id",
                        "claim",
                        () -> TOKENS.hs256(publisher().sub("not a client"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void refusesWith401AndChangesNothing(String name, String reason, Supplier<String> token) {
        String bad = token.get();
        long before = server.newestSeq();

        HttpResponse<String> read = server.get("/notifications").bearer(bad).send();
        HttpResponse<String> change = server.call("POST", "/notify")
                .bearer(bad)
                .json("{\"message\":\"no\"}")
                .send();

        for (HttpResponse<String> response : List.of(read, change)) {
            ProblemAssert.assertProblem(response, 401);
            String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
            assertTrue(challenge.startsWith(INVALID) && challenge.contains(reason), challenge);
        }
        assertEquals(before, server.newestSeq());
    }

    @Test
    void tokensWithinTheClockSkewPass() {
        assertEquals(
                202,
                server.call("POST", "/notify")
                        .bearer(TOKENS.hs256(publisher().secondsFromNow("exp", -10)))
                        .json("{\"message\":\"just expired\"}")
                        .send()
                        .statusCode());
        assertEquals(
                202,
                server.call("POST", "/notify")
                        .bearer(TOKENS.hs256(publisher().secondsFromNow("nbf", 10)))
                        .json("{\"message\":\"nearly valid\"}")
                        .send()
                        .statusCode());
    }

    @Test
    void rawBytesThatAreNotUtf8InTheHeaderAreRefusedNot5xx() {
        byte[] head =
                "GET /tasks HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer ey\u00ff\u00fe.e30.c2ln\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1);
        String response = exchange(head);
        assertTrue(response.startsWith("HTTP/1.1 401"), response);
        assertTrue(
                response.contains("error=\"invalid_token\", error_description=\"the token is malformed\""), response);
    }

    private static Arguments bad(String name, String reason, Supplier<String> token) {
        return Arguments.of(name, reason, token);
    }

    private static Tokens publisher() {
        return TOKENS.token("alice", "publish");
    }

    private static String valid() {
        return TOKENS.hs256("alice", "publish");
    }

    private static String notUtf8() {
        byte[] payload = ("{\"sub\":\"alice\",\"scope\":\"publish\",\"iss\":\"" + SignedTokens.ISSUER + "\",\"aud\":\""
                        + SignedTokens.AUDIENCE + "\",\"exp\":" + (System.currentTimeMillis() / 1000 + 600)
                        + ",\"x\":\"\u00e9\"}")
                .getBytes(StandardCharsets.ISO_8859_1);
        return Tokens.hs256Raw(SigningKeys.SECRET, payload);
    }

    private static String keyConfusion() {
        try {
            return publisher()
                    .kid("rsa-1")
                    .hs256(TOKENS.keys.rsa().toRSAPublicKey().getEncoded());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String exchange(byte[] request) {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
