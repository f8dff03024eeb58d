package io.wsnotify.bootstrap;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/** The parts started so far while an application starts: stopped in reverse order if the start fails. */
final class StartedParts {
    private final Deque<Map.Entry<String, AutoCloseable>> stops = new ArrayDeque<>();

    /** Notes that {@code part} has started; it stops by closing it. Returns the part. */
    <T extends AutoCloseable> T add(String name, T part) {
        stopsWith(name, part);
        return part;
    }

    /** Notes that a part has started which stops with {@code stop}. */
    void stopsWith(String name, AutoCloseable stop) {
        stops.push(Map.entry(name, stop));
    }

    /** Stops every part started so far, newest first; a failing stop is logged and the others still stop. */
    void stopAll() {
        while (!stops.isEmpty()) {
            Map.Entry<String, AutoCloseable> started = stops.pop();
            RunningParts.step(started.getKey(), started.getValue());
        }
    }
}
