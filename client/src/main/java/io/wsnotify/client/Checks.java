package io.wsnotify.client;

import java.time.Duration;
import java.util.regex.Pattern;

/** The builder's checks of what the server would refuse anyway, made early with a message naming the setting. */
final class Checks {
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._~-]{1,64}");
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9._-]{1,64}");

    private Checks() {}

    /** A client id as the server's {@code /ws/{client_id}} accepts it (DESIGN §5). */
    static String clientId(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new IllegalArgumentException("clientId: must be 1-64 characters of [A-Za-z0-9._~-], was " + clientId);
        }
        return clientId;
    }

    /** A topic as the server accepts it (DESIGN §4). */
    static String topic(String topic) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("topics: each must be 1-64 characters of [a-z0-9._-], was " + topic);
        }
        return topic;
    }

    static Duration positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": must be a positive duration, was " + value);
        }
        return value;
    }

    /** A token to present, or null for none (null and empty both mean none). */
    static String token(String token) {
        return token == null || token.isEmpty() ? null : token;
    }
}
