package io.wsnotify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a domain rule refuses a value and names the field it belongs to. */
final class Refusals {
    private Refusals() {}

    static InvalidValueException assertRefused(String field, Executable construction) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, construction);
        assertEquals(field, refused.field(), () -> "field named in: " + refused.getMessage());
        return refused;
    }
}
