package io.wsnotify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** OAuth-style scope strings and what they allow (DESIGN §6). */
class ScopeTest {

    @Test
    void parsesSpaceSeparatedWordsIgnoringOthers() {
        assertEquals(Set.of(Scope.SUBSCRIBE, Scope.PUBLISH), Scope.parseList("subscribe publish"));
        assertEquals(Set.of(Scope.PUBLISH), Scope.parseList("openid  publish"));
        assertEquals(Set.of(), Scope.parseList("Subscribe PUBLISH"));
        assertEquals(Set.of(), Scope.parseList(null));
    }

    @Test
    void eitherScopeAllowsReading() {
        assertTrue(Scope.allowsReading(Set.of(Scope.SUBSCRIBE)));
        assertTrue(Scope.allowsReading(Set.of(Scope.PUBLISH)));
        assertFalse(Scope.allowsReading(Set.of()));
    }

    @Test
    void tokenClaimsWithoutTopicsLimitNone() {
        ClientId alice = new ClientId("alice");
        assertFalse(new TokenClaims(alice, Set.of(), Set.of()).limitsTopics());
        assertTrue(new TokenClaims(alice, Set.of(), Set.of(Topic.TASKS)).limitsTopics());
    }
}
