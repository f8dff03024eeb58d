package io.wsnotify.domain.port;

import io.wsnotify.domain.TokenVerdict;

/**
 * Driven port: checks a signed bearer token (a JWT, DESIGN §6) against the configured keys and
 * rules, and says who its bearer is. The core never sees how.
 *
 * <p>Called from request threads, concurrently: implementations are thread-safe and do not block
 * on I/O. They never throw for any input, however malformed, and never log the token.
 */
public interface TokenVerifier {
    /** The verdict on {@code token}: a non-null string that is not one of the static tokens. */
    TokenVerdict verify(String token);
}
