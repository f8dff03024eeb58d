package io.wsnotify.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Assertions on what clients received, against the shared log. */
public final class Expect {
    private Expect() {}

    /**
     * {@code received} holds exactly the notifications of {@code log} (up to its newest seq): each once,
     * in seq order, none missing, and each the same notification (same id) as in the log.
     */
    public static void sameAsLog(List<JsonObject> log, Received received) {
        List<Long> expected = LogReader.seqs(log);
        long newest = expected.isEmpty() ? Long.MAX_VALUE : expected.getLast();
        List<Long> actual = received.seqsUpTo(newest);
        if (!expected.equals(actual)) {
            fail(received.who() + " did not receive the log exactly once in seq order: "
                    + difference(expected, actual));
        }
        List<String> expectedIds = log.stream().map(n -> n.getString("id")).toList();
        List<String> actualIds = received.frames().stream()
                .filter(frame ->
                        frame.containsKey("seq") && frame.getJsonNumber("seq").longValue() <= newest)
                .map(frame -> frame.getString("id"))
                .toList();
        assertEquals(expectedIds, actualIds, received.who() + " received other notifications under the log's seqs");
    }

    /** Every seq of {@code acknowledged} is in {@code log}. */
    public static void acknowledgedAreLogged(Set<Long> acknowledged, List<JsonObject> log) {
        Set<Long> missing = new TreeSet<>(acknowledged);
        LogReader.seqs(log).forEach(missing::remove);
        assertEquals(Set.of(), missing, "acknowledged publishes missing from the log");
    }

    private static String difference(List<Long> expected, List<Long> actual) {
        Set<Long> missing = new TreeSet<>(expected);
        actual.forEach(missing::remove);
        Set<Long> seen = new HashSet<>();
        List<Long> duplicates = new ArrayList<>();
        List<String> outOfOrder = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            if (!seen.add(actual.get(i))) {
                duplicates.add(actual.get(i));
            }
            if (i > 0 && actual.get(i) <= actual.get(i - 1)) {
                outOfOrder.add(actual.get(i - 1) + "→" + actual.get(i));
            }
        }
        Set<Long> unexpected = new TreeSet<>(actual);
        expected.forEach(unexpected::remove);
        return "expected " + expected.size() + " seqs, got " + actual.size() + "; missing " + first(missing)
                + ", duplicated " + first(duplicates) + ", out of order " + first(outOfOrder)
                + ", not in the log " + first(unexpected);
    }

    private static String first(Collection<?> values) {
        List<?> list = List.copyOf(values);
        return list.size() <= 10 ? list.toString() : list.subList(0, 10) + "… (" + list.size() + ")";
    }
}
