package io.wsnotify.domain;

import java.util.Locale;

/**
 * Why a presented bearer token was refused (answered 401). The {@link #label()} names it in
 * metrics and logs; nothing of the token itself is ever shown.
 */
public enum TokenProblem {
    /** No token, where one is needed. */
    MISSING,
    /** Not one of the configured static tokens (nor a JWT, where signed tokens are off), or not the one needed. */
    WRONG_TOKEN,
    /** Longer than the 8 KiB any token may have. */
    TOO_LARGE,
    /** Not a compact JWS: wrong number of parts, not base64url, or a header or claims set that is not JSON. */
    MALFORMED,
    /** A header or claims set that is not UTF-8 text. */
    NOT_UTF8,
    /** {@code alg: none}, an algorithm other than HS256, RS256 and ES256, or one that does not fit its key. */
    ALGORITHM_REFUSED,
    /** No configured key has the token's {@code kid}, or no key fits a token without one. */
    UNKNOWN_KEY,
    /** The signature does not verify against the key. */
    BAD_SIGNATURE,
    /** {@code exp} is more than the allowed clock skew in the past. */
    EXPIRED,
    /** {@code nbf} or {@code iat} is more than the allowed clock skew in the future. */
    NOT_YET_VALID,
    /** {@code iss} is not the configured issuer. */
    WRONG_ISSUER,
    /** {@code aud} does not name the configured audience. */
    WRONG_AUDIENCE,
    /** A required claim is absent: {@code exp} or {@code sub}. */
    MISSING_CLAIM,
    /** A claim of the wrong type or value: a {@code sub} that is no client id, a bad {@code topics} list… */
    INVALID_CLAIM;

    /** The lower-case name used as a metric label: {@code expired}, {@code bad_signature}… */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
