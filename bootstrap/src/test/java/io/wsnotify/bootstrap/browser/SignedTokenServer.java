package io.wsnotify.bootstrap.browser;

import io.wsnotify.adapter.jwt.testing.SigningKeys;
import io.wsnotify.adapter.jwt.testing.Tokens;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Test fixture: the dashboard's server with signed tokens on (HS256 with {@link SigningKeys#SECRET})
 * and reads closed by a static subscribe token, so the page reads nothing without a token; and
 * real tokens for it, minted with adapter-jwt's test {@link Tokens}.
 */
final class SignedTokenServer {
    /** A secret of the right length that the server does not know: its tokens have a bad signature. */
    static final String OTHER_SECRET = "another-secret-of-more-than-32-bytes-9876543210";

    /** The static token that opens reads, as operators hand out before signed tokens. */
    static final String STATIC_SUBSCRIBE_TOKEN = "static-subscribe-token-for-the-browser-tests";

    private SignedTokenServer() {}

    /** Starts the server over {@code database} with {@link #settings(String) settings(SECRET)}. */
    static DashboardServer start(Path database) {
        return DashboardServer.start(database, settings(SigningKeys.SECRET));
    }

    /** Signed tokens checked with {@code secret}; reads need a token. */
    static Map<String, String> settings(String secret) {
        return Map.of("notify.security.jwt.secret", secret, "notify.security.subscribe-token", STATIC_SUBSCRIBE_TOKEN);
    }

    /** A token for {@code subject}, valid from now for an hour, with scope {@code subscribe} until changed. */
    static Tokens tokenFor(String subject) {
        return Tokens.at(Instant.now()).sub(subject);
    }

    /** The REST calls of the application behind the page: a signed token with scope {@code publish}. */
    static ApiCalls publisher(DashboardServer server) {
        return new ApiCalls(
                server.baseUrl(), tokenFor("backend").scope("publish").hs256(SigningKeys.SECRET));
    }
}
