package io.wsnotify.wire;

import io.wsnotify.application.access.Denial;
import io.wsnotify.domain.TokenProblem;

/**
 * How an access refusal is told to a client (RFC 6750): the {@code WWW-Authenticate} value and a
 * sentence for people. Neither ever repeats anything of the token.
 */
public final class BearerChallenge {
    /** The challenge for a request that presented no token. */
    public static final String REALM = "Bearer realm=\"websockets-notify\"";

    private BearerChallenge() {}

    /** {@code WWW-Authenticate} of a 401: the bare challenge when no token was given, else {@code invalid_token}. */
    public static String unauthorized(TokenProblem problem) {
        if (problem == TokenProblem.MISSING) {
            return REALM;
        }
        return REALM + ", error=\"invalid_token\", error_description=\"" + describe(problem) + "\"";
    }

    /** {@code WWW-Authenticate} of a 403: {@code insufficient_scope}, as RFC 6750 asks. */
    public static String forbidden(Denial denial) {
        return REALM + ", error=\"insufficient_scope\", error_description=\"" + describe(denial) + "\"";
    }

    /** Why a token was refused; plain ASCII without quotes, fit for a quoted header parameter. */
    public static String describe(TokenProblem problem) {
        return switch (problem) {
            case MISSING -> "a bearer token is needed: Authorization: Bearer, or ?token=";
            case WRONG_TOKEN -> "the token is not accepted for this request";
            case TOO_LARGE -> "the token is longer than 8192 characters";
            case MALFORMED -> "the token is malformed";
            case NOT_UTF8 -> "the token does not decode to UTF-8 text";
            case ALGORITHM_REFUSED -> "the token's signing algorithm is not accepted";
            case UNKNOWN_KEY -> "no configured key matches the token";
            case BAD_SIGNATURE -> "the token's signature is invalid";
            case EXPIRED -> "the token has expired";
            case NOT_YET_VALID -> "the token is not valid yet";
            case WRONG_ISSUER -> "the token's issuer is not accepted";
            case WRONG_AUDIENCE -> "the token is not meant for this audience";
            case MISSING_CLAIM -> "the token lacks a required claim (exp, sub)";
            case INVALID_CLAIM -> "the token has a claim of the wrong type or value";
        };
    }

    /** Why a valid token may not do what it asked. */
    public static String describe(Denial denial) {
        return switch (denial) {
            case MISSING_SCOPE -> "the token's scope does not allow this request";
            case WRONG_SUBJECT -> "the token's subject is not the client id asked for";
            case TOPIC_NOT_ALLOWED -> "the token does not allow a topic asked for";
        };
    }

    /** The problem detail of a 401: {@link #describe(TokenProblem)} as a sentence. */
    public static String detail(TokenProblem problem) {
        return sentence(describe(problem));
    }

    /** The problem detail of a 403: {@link #describe(Denial)} as a sentence. */
    public static String detail(Denial denial) {
        return sentence(describe(denial));
    }

    private static String sentence(String description) {
        return Character.toUpperCase(description.charAt(0)) + description.substring(1);
    }
}
