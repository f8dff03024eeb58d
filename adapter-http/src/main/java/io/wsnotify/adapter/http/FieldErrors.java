package io.wsnotify.adapter.http;

import io.wsnotify.domain.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every invalid field of one request, so a client learns all its mistakes at once (422). */
final class FieldErrors {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    /**
     * Runs a domain parser for {@code field}; a refused value is recorded under the client's name
     * for the field (the domain may call it differently) and null is returned.
     */
    <T> T parse(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidValueException e) {
            add(field, e.reason());
            return null;
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws a 422 problem listing the recorded errors, if any. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
