package io.wsnotify.application.access;

import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Scope;
import io.wsnotify.domain.TokenClaims;
import io.wsnotify.domain.TokenProblem;
import io.wsnotify.domain.TokenVerdict;
import io.wsnotify.domain.Topic;
import io.wsnotify.domain.port.TokenVerifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** A token verifier that knows a fixed set of tokens; any other token is malformed. Counts its calls. */
public final class FakeVerifier implements TokenVerifier {
    private final Map<String, TokenVerdict> verdicts = new HashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    /** Registers {@code token} as valid for {@code subject} with space-separated {@code scopes} and {@code topics}. */
    public FakeVerifier valid(String token, String subject, String scopes, String... topics) {
        Set<Topic> topicSet = Arrays.stream(topics).map(Topic::new).collect(Collectors.toSet());
        verdicts.put(
                token,
                new TokenVerdict.Valid(new TokenClaims(new ClientId(subject), Scope.parseList(scopes), topicSet)));
        return this;
    }

    public FakeVerifier refused(String token, TokenProblem problem) {
        verdicts.put(token, new TokenVerdict.Refused(problem));
        return this;
    }

    /** How many tokens it was asked about. */
    public int calls() {
        return calls.get();
    }

    @Override
    public TokenVerdict verify(String token) {
        calls.incrementAndGet();
        return verdicts.getOrDefault(token, new TokenVerdict.Refused(TokenProblem.MALFORMED));
    }
}
