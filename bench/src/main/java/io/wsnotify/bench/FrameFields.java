package io.wsnotify.bench;

/** Cheap indexOf-based reading of a few fields from a notification frame, without a JSON library. */
final class FrameFields {

    /** Returned by {@link #number} when the field is absent or not a number. */
    static final long MISSING = Long.MIN_VALUE;

    private FrameFields() {}

    /** Index of {@code "name"} followed by a colon, searching from {@code from}; -1 when absent. */
    static int valueStart(String s, String quotedName, int from) {
        int i = s.indexOf(quotedName, from);
        while (i >= 0) {
            int j = skipSpace(s, i + quotedName.length());
            if (j < s.length() && s.charAt(j) == ':') {
                return skipSpace(s, j + 1);
            }
            i = s.indexOf(quotedName, i + 1);
        }
        return -1;
    }

    /** The integer value of field {@code quotedName} (e.g. {@code "\"seq\""}) at or after {@code from}. */
    static long number(String s, String quotedName, int from) {
        int i = from < 0 ? -1 : valueStart(s, quotedName, from);
        if (i < 0 || i >= s.length()) {
            return MISSING;
        }
        boolean negative = s.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long v = 0;
        int digits = 0;
        for (; i < s.length(); i++, digits++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            v = v * 10 + (c - '0');
        }
        if (digits == 0) {
            return MISSING;
        }
        return negative ? -v : v;
    }

    /** Whether the string field {@code quotedName} has exactly the value {@code expected}. */
    static boolean stringEquals(String s, String quotedName, String expected) {
        int i = valueStart(s, quotedName, 0);
        if (i < 0 || i >= s.length() || s.charAt(i) != '"') {
            return false;
        }
        int end = i + 1 + expected.length();
        return end < s.length() && s.charAt(end) == '"' && s.startsWith(expected, i + 1);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
