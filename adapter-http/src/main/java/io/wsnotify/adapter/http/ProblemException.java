package io.wsnotify.adapter.http;

import java.util.List;
import java.util.Map;

/**
 * Thrown by the adapter's parsing code when a request cannot be served; the error mapping turns
 * it into its problem response. Carries no stack trace: it is an expected outcome.
 */
final class ProblemException extends RuntimeException {
    private final Problem problem;
    private final Map<String, String> headers;
    private final boolean closesConnection;

    private ProblemException(Problem problem, Map<String, String> headers, boolean closesConnection) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
        this.closesConnection = closesConnection;
    }

    ProblemException(Problem problem, Map<String, String> headers) {
        this(problem, headers, false);
    }

    ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    Problem problem() {
        return problem;
    }

    /** Extra response headers (Allow). */
    Map<String, String> headers() {
        return headers;
    }

    /**
     * Whether the connection must end after the answer ({@code Connection: close}): where the
     * request ends is unknown or was not read, so nothing after it may be taken for a request.
     */
    boolean closesConnection() {
        return closesConnection;
    }

    /** 400: a path or query parameter that cannot be used. */
    static ProblemException badParameter(String name, String message) {
        return new ProblemException(new Problem(
                400, "Invalid parameter '" + name + "': " + message, List.of(new Problem.FieldError(name, message))));
    }

    /** 400: a request that cannot be read (malformed JSON or query, a missing body). */
    static ProblemException badRequest(String detail) {
        return new ProblemException(new Problem(400, detail));
    }

    /**
     * 400: a body whose transfer broke off (a malformed chunk, a client gone mid-body); the
     * connection is closed, as where the next request starts is unknown.
     */
    static ProblemException unreadableBody() {
        return new ProblemException(new Problem(400, "The request body could not be read"), Map.of(), true);
    }

    /** 422: well-formed input with values the rules refuse. */
    static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? "Invalid value for '" + errors.get(0).field() + "': "
                        + errors.get(0).message()
                : "The request has " + errors.size() + " invalid values";
        return new ProblemException(new Problem(422, detail, errors));
    }

    /** 413: the body is larger than the limit; the connection is closed, as the rest is not read. */
    static ProblemException tooLarge(int maxBodyBytes) {
        return new ProblemException(
                new Problem(413, "Request body is larger than " + maxBodyBytes + " bytes"), Map.of(), true);
    }

    /** 415: a body that is not declared as JSON in UTF-8 ({@code given} is null when it is not declared at all). */
    static ProblemException unsupportedMediaType(String given) {
        String declared = given == null
                ? "A body without Content-Type is not accepted"
                : "Content-Type '" + given + "' is not supported";
        return new ProblemException(new Problem(415, declared + "; send application/json in UTF-8"));
    }

    /** 405, with the methods the route does accept. */
    static ProblemException methodNotAllowed(String method, String allowed) {
        return new ProblemException(
                new Problem(405, "Method " + method + " is not allowed here; allowed: " + allowed),
                Map.of("Allow", allowed));
    }
}
