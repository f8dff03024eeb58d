package io.wsnotify.domain;

import static io.wsnotify.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"me", "Tab-1", "a.b_c~d-e", "0", "ALICE"})
    void acceptsUnreservedUrlCharacters(String value) {
        assertEquals(value, new ClientId(value).toString());
    }

    @Test
    void acceptsSixtyFourCharacters() {
        assertEquals(64, new ClientId("c".repeat(64)).value().length());
    }

    @Test
    void refusesSixtyFiveCharacters() {
        assertRefused("client_id", () -> new ClientId("c".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "a/b", "a%20", "a?b", "ünï", "名前", "a\u0000", "a+b", "a@b"})
    void refusesEverythingElse(String value) {
        assertRefused("client_id", () -> new ClientId(value));
    }

    @Test
    void refusesNull() {
        assertRefused("client_id", () -> new ClientId(null));
    }

    @Test
    void isCaseSensitive() {
        assertNotEquals(new ClientId("alice"), new ClientId("Alice"));
    }
}
