package io.wsnotify.client.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The client's promise, checked: what it delivered is the server's log, once each and in order. */
public final class Delivery {
    private Delivery() {}

    /**
     * {@code delivered} is exactly {@code logged} after {@code since} (so nothing committed was
     * missed, nothing came twice, all in seq order) and holds every {@code acknowledged} seq.
     */
    public static void assertExactlyOnceInOrder(
            List<Long> delivered, List<Long> logged, long since, Set<Long> acknowledged) {
        for (int i = 1; i < delivered.size(); i++) {
            assertTrue(
                    delivered.get(i) > delivered.get(i - 1),
                    "in seq order, each once: " + delivered.get(i - 1) + " then " + delivered.get(i) + " at position "
                            + i);
        }
        List<Long> expected = new ArrayList<>();
        for (long seq : logged) {
            if (seq > since) {
                expected.add(seq);
            }
        }
        Set<Long> missing = new TreeSet<>(acknowledged);
        missing.removeAll(delivered);
        assertTrue(missing.isEmpty(), "acknowledged but not delivered: " + missing);
        assertEquals(expected, delivered, "delivered exactly the logged notifications after seq " + since);
    }
}
