package io.wsnotify.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.testsupport.Await;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What tells how many device simulators run: the nodes' "leads now" log lines, and the device
 * notifications themselves. The simulator toggles a device, then pauses {@link #TICK} before the next
 * try, so one simulator's notifications are at least a tick apart; three would come three per tick.
 */
public final class SimulatorTrace {
    public static final Duration TICK = Duration.ofMillis(300);
    /** Timestamps are in whole milliseconds. */
    private static final Duration ROUNDING = Duration.ofMillis(2);

    private static final String LEADS = "This node leads now";

    private SimulatorTrace() {}

    /** Waits until one of {@code nodes} has logged that it leads; fails if more than one has. */
    public static NodeProcess awaitLeader(List<NodeProcess> nodes, Duration timeout) {
        Await.until("a node leads", timeout, () -> !leaders(nodes).isEmpty());
        List<NodeProcess> leading =
                nodes.stream().filter(node -> node.logged(LEADS)).toList();
        assertEquals(1, leading.size(), "one node leads: " + leaders(nodes));
        return leading.getFirst();
    }

    /** The names of the nodes that have logged that they lead. */
    public static List<String> leaders(List<NodeProcess> nodes) {
        return nodes.stream()
                .filter(node -> node.logged(LEADS))
                .map(NodeProcess::name)
                .toList();
    }

    /** The device notifications among {@code frames} with a seq above {@code seq}. */
    public static List<JsonObject> devicesAfter(List<JsonObject> frames, long seq) {
        return frames.stream()
                .filter(frame -> "devices".equals(frame.getString("topic", null))
                        && frame.containsKey("seq")
                        && frame.getJsonNumber("seq").longValue() > seq)
                .toList();
    }

    /** Consecutive device notifications among {@code frames} are at least a tick apart. */
    public static void assertOneSimulator(List<JsonObject> frames) {
        List<Instant> times = devicesAfter(frames, 0).stream()
                .map(f -> Instant.parse(f.getString("timestamp")))
                .toList();
        assertTrue(times.size() >= 2, "device notifications to compare: " + times);
        for (int i = 1; i < times.size(); i++) {
            Duration gap = Duration.between(times.get(i - 1), times.get(i));
            assertTrue(
                    gap.compareTo(TICK.minus(ROUNDING)) >= 0,
                    "device changes " + gap.toMillis()
                            + " ms apart, closer than the simulator's " + TICK.toMillis()
                            + " ms: more than one simulator"
                            + " runs (" + times + ")");
        }
    }
}
