package io.wsnotify.bootstrap;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads how long a minted token lives: {@code 45s}, {@code 30m}, {@code 1h}, {@code 2d}, or ISO-8601 ({@code PT30M}). */
final class TimeToLive {
    private static final Pattern SHORT = Pattern.compile("([0-9]{1,9})([smhd])");

    private TimeToLive() {}

    /** The positive duration {@code text} names; anything else is refused with a message saying what is accepted. */
    static Duration parse(String text) {
        Duration duration = null;
        Matcher matcher = SHORT.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            duration = switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        } else {
            try {
                duration = Duration.parse(text);
            } catch (DateTimeParseException ignored) {
                // reported below
            }
        }
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(
                    "--ttl '" + text + "' is not a positive duration such as 30m, 1h, 2d or PT30M");
        }
        return duration;
    }
}
