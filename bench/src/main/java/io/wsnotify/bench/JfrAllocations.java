package io.wsnotify.bench;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;

/**
 * Where the server allocated in a JFR recording: the weights of {@code jdk.ObjectAllocationSample} (an estimate
 * of the bytes each sample stands for) summed by allocated class and by the allocating method, with the first
 * of our own methods ({@code io.wsnotify}) on the stack, which says which of our paths asked for the memory.
 */
final class JfrAllocations {

    private final Map<String, Long> byClass = new HashMap<>();
    private final Map<String, Long> bySite = new HashMap<>();
    private final Map<String, Long> byOurs = new HashMap<>();
    private long total;

    JfrAllocations(List<RecordedEvent> events) {
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals("jdk.ObjectAllocationSample")) {
                continue;
            }
            long weight = e.getLong("weight");
            total += weight;
            RecordedClass type = e.getClass("objectClass");
            byClass.merge(type == null ? "?" : type.getName(), weight, Long::sum);
            List<RecordedFrame> frames =
                    e.getStackTrace() == null ? List.of() : e.getStackTrace().getFrames();
            bySite.merge(frames.isEmpty() ? "?" : JfrSummary.name(frames.getFirst()), weight, Long::sum);
            String ours = frames.stream()
                    .map(JfrSummary::name)
                    .filter(n -> n.startsWith("io.wsnotify"))
                    .findFirst()
                    .orElse("(none of ours on the stack)");
            byOurs.merge(ours, weight, Long::sum);
        }
    }

    /** Prints the top {@code top} entries of each view. */
    void print(PrintStream out, int top) {
        out.printf(
                Locale.ROOT,
                "%nAllocations (jdk.ObjectAllocationSample): %.1f MiB estimated in all%n",
                total / 1048576.0);
        section(out, "By class", byClass, top);
        section(out, "By allocating method", bySite, top);
        section(out, "By our first method on the stack", byOurs, top);
    }

    private void section(PrintStream out, String title, Map<String, Long> weights, int top) {
        out.printf(Locale.ROOT, "%s:%n", title);
        long all = Math.max(1, total);
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(w -> out.printf(
                        Locale.ROOT,
                        "  %5.1f%%  %8.1f MiB  %s%n",
                        100.0 * w.getValue() / all,
                        w.getValue() / 1048576.0,
                        w.getKey()));
    }
}
