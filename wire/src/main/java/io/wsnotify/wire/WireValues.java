package io.wsnotify.wire;

import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.Topic;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the values clients send as text (query parameters, headers, path segments) the same way on
 * every transport: whole numbers, seqs and topic lists. The core takes the values.
 */
public final class WireValues {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

    private WireValues() {}

    /**
     * A whole number as clients write it: 1 to 19 digits, no sign, no space, at most
     * {@link Long#MAX_VALUE}; empty for anything else (callers say what range they wanted).
     */
    public static OptionalLong wholeNumber(String text) {
        if (!hasDigitsOnly(text)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Whether {@code text} is written as a whole number (1 to 19 digits), whatever its size. */
    public static boolean hasDigitsOnly(String text) {
        return text != null && DIGITS.matcher(text).matches();
    }

    /**
     * A seq as clients send it ({@code since=42}, {@code Last-Event-ID: 42}): a whole number from 0
     * to {@link Long#MAX_VALUE}; anything else is refused naming {@code field}.
     */
    public static long seq(String field, String text) {
        return wholeNumber(text)
                .orElseThrow(() -> new InvalidValueException(field, "must be a whole number of 0 or more"));
    }

    /**
     * A comma-separated topic list ({@code tasks,devices}); null or empty means all topics. Every
     * entry must be a valid topic: an empty entry ({@code a,,b}) is refused like any other.
     */
    public static Set<Topic> topics(String csv) {
        if (csv == null || csv.isEmpty()) {
            return Set.of();
        }
        Set<Topic> topics = new LinkedHashSet<>();
        for (String entry : csv.split(",", -1)) {
            topics.add(new Topic(entry));
        }
        return Collections.unmodifiableSet(topics);
    }
}
