package io.wsnotify.domain;

/** How many items one read returns (DESIGN §3), for task lists and the log alike: 1 to 1000, 100 unless asked. */
public final class PageLimit {
    public static final int DEFAULT = 100;
    public static final int MAX = 1000;

    private PageLimit() {}

    /** {@code limit}, refused unless it is between 1 and {@link #MAX}. */
    public static int checked(int limit) {
        if (limit < 1 || limit > MAX) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX);
        }
        return limit;
    }
}
