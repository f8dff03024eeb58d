package io.wsnotify.client;

import java.math.BigDecimal;

/** Reads one JSON number at a {@link JsonCursor}: a {@link Long} when whole and in range, else a {@link BigDecimal}. */
final class JsonNumbers {
    private JsonNumbers() {}

    static Object read(JsonCursor json) {
        String text = json.text();
        int start = json.position();
        int at = start;
        if (at < text.length() && text.charAt(at) == '-') {
            at++;
        }
        int integerDigits = digits(text, at);
        if (integerDigits == 0 || (text.charAt(at) == '0' && integerDigits > 1)) {
            throw json.error("bad number");
        }
        at += integerDigits;
        boolean whole = true;
        if (at < text.length() && text.charAt(at) == '.') {
            int fraction = digits(text, at + 1);
            if (fraction == 0) {
                throw json.error("bad number");
            }
            at += 1 + fraction;
            whole = false;
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            int exponent = digits(text, at);
            if (exponent == 0) {
                throw json.error("bad number");
            }
            at += exponent;
            whole = false;
        }
        json.moveTo(at);
        String number = text.substring(start, at);
        if (whole && integerDigits <= 18) {
            return Long.parseLong(number);
        }
        BigDecimal value = new BigDecimal(number);
        try {
            return whole ? (Object) value.longValueExact() : value;
        } catch (ArithmeticException tooLarge) {
            return value;
        }
    }

    private static int digits(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at - from;
    }
}
