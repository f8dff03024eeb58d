package io.wsnotify.application.access;

import io.wsnotify.domain.TokenProblem;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of refused requests by reason, since start: 401s by {@link TokenProblem}, 403s by
 * {@link Denial}. Read by the metrics when scraped; safe from any thread.
 */
public final class AccessRefusals {
    private final Map<TokenProblem, LongAdder> unauthorized = new EnumMap<>(TokenProblem.class);
    private final Map<Denial, LongAdder> forbidden = new EnumMap<>(Denial.class);

    public AccessRefusals() {
        for (TokenProblem problem : TokenProblem.values()) {
            unauthorized.put(problem, new LongAdder());
        }
        for (Denial denial : Denial.values()) {
            forbidden.put(denial, new LongAdder());
        }
    }

    /** Counts {@code decision} if it is a refusal. */
    public void record(AccessDecision decision) {
        switch (decision) {
            case AccessDecision.Unauthorized refused ->
                unauthorized.get(refused.problem()).increment();
            case AccessDecision.Forbidden refused ->
                forbidden.get(refused.denial()).increment();
            case AccessDecision.Allowed allowed -> {}
        }
    }

    /** Requests refused with 401 for {@code problem}. */
    public long unauthorized(TokenProblem problem) {
        return unauthorized.get(problem).sum();
    }

    /** Requests refused with 403 for {@code denial}. */
    public long forbidden(Denial denial) {
        return forbidden.get(denial).sum();
    }
}
