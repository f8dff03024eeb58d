package io.wsnotify.adapter.postgres;

import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Topic;
import io.wsnotify.domain.Visibility;
import java.util.ArrayList;
import java.util.List;

/**
 * The SELECT behind {@code NotificationLog.read}: seq after {@code since}, untargeted or visible to
 * the reader (addressed to its client, or any when it sees everything; NULL never equals, so a
 * reader without client id sees only untargeted ones), the topics if any, oldest first, at most
 * {@code limit}.
 *
 * <p>Without topics it walks the primary key from {@code since}. With topics, each topic walks
 * index {@code (topic, seq)} from {@code since} and stops at {@code limit}; several topics are
 * merged by seq. So a read touches at most {@code topics × limit} rows, however big the log.
 */
final class LogReading {
    private static final String SELECT = "SELECT " + NotificationRows.COLUMNS + " FROM notifications"
            + " WHERE seq > ? AND (to_client IS NULL OR to_client = ?::text OR ?::boolean)";
    private static final String ORDER = " ORDER BY seq LIMIT ?";
    private static final String ALL_TOPICS = SELECT + ORDER;
    private static final String ONE_TOPIC = SELECT + " AND topic = ?" + ORDER;
    private static final String MERGED = "(" + ONE_TOPIC + ")";

    private LogReading() {}

    static String sql(LogQuery query) {
        int topics = query.topics().size();
        return switch (topics) {
            case 0 -> ALL_TOPICS;
            case 1 -> ONE_TOPIC;
            default -> MERGED + (" UNION ALL " + MERGED).repeat(topics - 1) + ORDER;
        };
    }

    static List<Object> params(LogQuery query) {
        String client = query.visibility() instanceof Visibility.AddressedTo to
                ? to.client().value()
                : null;
        boolean everything = query.visibility() instanceof Visibility.Everything;
        List<Object> params = new ArrayList<>(query.topics().size() * 5 + 4);
        if (query.topics().isEmpty()) {
            params.add(query.since());
            params.add(client);
            params.add(everything);
        }
        query.topics().stream().map(Topic::value).sorted().forEach(topic -> {
            params.add(query.since());
            params.add(client);
            params.add(everything);
            params.add(topic);
            params.add(query.limit());
        });
        if (query.topics().size() != 1) {
            params.add(query.limit());
        }
        return params;
    }
}
