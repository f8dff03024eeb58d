package io.wsnotify.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a signed token allows (DESIGN §6): {@code subscribe} reads the API, the log and the live
 * streams; {@code publish} changes tasks, devices and notifications, and implies reading.
 */
public enum Scope {
    SUBSCRIBE,
    PUBLISH;

    /** The name in a token's {@code scope} claim: {@code subscribe} or {@code publish}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope with this exact wire name, or empty for any other word. */
    public static Optional<Scope> fromWire(String word) {
        for (Scope scope : values()) {
            if (scope.wireName().equals(word)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /**
     * The scopes named in an OAuth-style {@code scope} value: words separated by spaces. Words
     * that name no scope of ours are ignored, so a token issued for several services still works.
     */
    public static Set<Scope> parseList(String spaceSeparated) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (spaceSeparated != null) {
            for (String word : spaceSeparated.split(" ")) {
                fromWire(word).ifPresent(scopes::add);
            }
        }
        return scopes;
    }

    /** Whether holding {@code held} allows reading: either scope does. */
    public static boolean allowsReading(Set<Scope> held) {
        return held.contains(SUBSCRIBE) || held.contains(PUBLISH);
    }
}
