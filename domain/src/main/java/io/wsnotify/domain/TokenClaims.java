package io.wsnotify.domain;

import java.util.Objects;
import java.util.Set;

/**
 * What a verified signed token (JWT) says about its bearer (DESIGN §6).
 *
 * @param subject the client the bearer is ({@code sub})
 * @param scopes  what it may do ({@code scope}); may be empty, which allows nothing
 * @param topics  the only topics it may receive ({@code topics}); empty means every topic
 */
public record TokenClaims(ClientId subject, Set<Scope> scopes, Set<Topic> topics) {
    public TokenClaims {
        Objects.requireNonNull(subject, "subject");
        scopes = Set.copyOf(scopes);
        topics = Set.copyOf(topics);
    }

    /** Whether the token limits the topics its bearer may receive. */
    public boolean limitsTopics() {
        return !topics.isEmpty();
    }
}
