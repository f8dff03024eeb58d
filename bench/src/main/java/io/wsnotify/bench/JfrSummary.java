package io.wsnotify.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went in a JFR recording (bench/run.sh with JFR=file): CPU-time samples
 * ({@code jdk.CPUTimeSample}, or {@code jdk.ExecutionSample} when there are none) of the Java threads, sorted
 * into the stages of a delivery, plus the hottest methods and the allocations ({@link JfrAllocations}). JIT
 * compiler and GC threads are not sampled: their share is in the benchmark's own figures.
 *
 * <pre>java -cp bench/target/notify-bench.jar io.wsnotify.bench.JfrSummary recording.jfr [top-methods]</pre>
 */
public final class JfrSummary {

    /** Stages, checked in this order against each sample's frames (method names contain the key). */
    private static final Map<String, List<String>> STAGES = stages();

    private JfrSummary() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrSummary recording.jfr [top-methods]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        String type = events.stream().anyMatch(e -> e.getEventType().getName().equals("jdk.CPUTimeSample"))
                ? "jdk.CPUTimeSample"
                : "jdk.ExecutionSample";
        Map<String, Integer> byStage = new LinkedHashMap<>();
        STAGES.keySet().forEach(stage -> byStage.put(stage, 0));
        byStage.put("other", 0);
        Map<String, Integer> selfTime = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals(type) || e.getStackTrace() == null) {
                continue;
            }
            List<String> frames =
                    e.getStackTrace().getFrames().stream().map(JfrSummary::name).toList();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            byStage.merge(stage(frames), 1, Integer::sum);
            selfTime.merge(frames.getFirst(), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "%d %s samples (Java threads)%n%nBy stage:%n", samples, type);
        int total = Math.max(1, samples);
        byStage.forEach((stage, n) -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * n / total, stage));
        System.out.printf(Locale.ROOT, "%nHottest methods (self):%n");
        selfTime.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(m ->
                        System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * m.getValue() / total, m.getKey()));
        new JfrAllocations(events).print(System.out, top);
    }

    private static String stage(List<String> frames) {
        for (Map.Entry<String, List<String>> stage : STAGES.entrySet()) {
            for (String frame : frames) {
                if (stage.getValue().stream().anyMatch(frame::contains)) {
                    return stage.getKey();
                }
            }
        }
        return "other";
    }

    static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static Map<String, List<String>> stages() {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        stages.put(
                "socket write: kernel TCP send (loopback: also the client's receive path)",
                List.of("SocketDispatcher.write0", "SocketDispatcher.writev0"));
        stages.put("socket read: kernel TCP receive", List.of("SocketDispatcher.read0", "SocketDispatcher.readv0"));
        stages.put("selector: epoll and wake-ups", List.of("EPoll", "SelectorImpl", "wakeup"));
        stages.put(
                "subscription cursor: poll the shared window, mark delivered (Subscription, FrameWindow)",
                List.of("live.Subscription", "live.FrameWindow"));
        stages.put(
                "log follower: read the log, render each frame once, wake subscriptions",
                List.of("live.LogFollower", "live.LiveFeed", "WireFrames", "EnvelopeJson"));
        stages.put("SQLite commit and reads", List.of("org.sqlite", "sqlite"));
        stages.put(
                "HTTP request: parse, route, JSON, access log, metrics",
                List.of(
                        "io.helidon.webserver.http",
                        "Http1Connection",
                        "io.wsnotify.adapter.http",
                        "java.util.logging",
                        "ServiceLoader"));
        stages.put(
                "WebSocket transport: lane loop, gathering-write setup, handshakes, client frames",
                List.of("adapter.websocket", "io.helidon.webserver.websocket"));
        stages.put(
                "virtual-thread scheduling (mount, unmount, park, start)",
                List.of("VirtualThread", "ForkJoinPool", "Continuation"));
        return stages;
    }
}
