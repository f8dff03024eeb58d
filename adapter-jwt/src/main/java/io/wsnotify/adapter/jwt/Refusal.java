package io.wsnotify.adapter.jwt;

import io.wsnotify.domain.TokenProblem;

/**
 * Thrown inside the verifier when a check fails, and turned into a refused verdict at its edge; it
 * never leaves the adapter. Carries no stack trace and no message: nothing of the token.
 */
final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient TokenProblem problem;

    Refusal(TokenProblem problem) {
        super(problem.label(), null, false, false);
        this.problem = problem;
    }

    TokenProblem problem() {
        return problem;
    }
}
