package io.wsnotify.domain;

/**
 * A JSON value kept as its text. The core never parses it; the adapter that builds one from
 * client input is the one that has checked it is well-formed JSON.
 */
public record JsonText(String json) {
    public JsonText {
        if (json == null || json.isBlank()) {
            throw new InvalidValueException("data", "must be a JSON value");
        }
    }

    @Override
    public String toString() {
        return json;
    }
}
