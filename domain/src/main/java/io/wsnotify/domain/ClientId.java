package io.wsnotify.domain;

import java.util.regex.Pattern;

/** Identifies a subscribing client (tab, device…): 1 to 64 characters of {@code [A-Za-z0-9._~-]}. */
public record ClientId(String value) {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._~-]{1,64}");

    public ClientId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidValueException(
                    "client_id", "must be 1-64 characters of A-Z, a-z, 0-9, '.', '_', '~' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
