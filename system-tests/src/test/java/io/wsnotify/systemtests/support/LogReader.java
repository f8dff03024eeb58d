package io.wsnotify.systemtests.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Reads the shared notification log through a node's {@code GET /notifications}, page by page. */
public final class LogReader {
    private static final int PAGE = 1000;

    private LogReader() {}

    /** Every notification after {@code since} and up to {@code newest}, oldest first. */
    public static List<JsonObject> between(Http node, long since, long newest) {
        List<JsonObject> all = new ArrayList<>();
        long after = since;
        while (after < newest) {
            HttpResponse<String> response = node.get("/notifications?limit=" + PAGE + "&since=" + after);
            if (response.statusCode() != 200) {
                throw new AssertionError("GET /notifications from " + node.base() + ": " + response.statusCode() + " "
                        + response.body());
            }
            List<JsonObject> page = Http.array(response.body()).stream()
                    .map(JsonValue::asJsonObject)
                    .toList();
            if (page.isEmpty()) {
                break;
            }
            for (JsonObject notification : page) {
                if (seq(notification) <= newest) {
                    all.add(notification);
                }
            }
            after = seq(page.getLast());
        }
        return all;
    }

    /** The seqs of {@code notifications}, in their order. */
    public static List<Long> seqs(List<JsonObject> notifications) {
        return notifications.stream().map(LogReader::seq).toList();
    }

    public static long seq(JsonObject notification) {
        return notification.getJsonNumber("seq").longValue();
    }
}
