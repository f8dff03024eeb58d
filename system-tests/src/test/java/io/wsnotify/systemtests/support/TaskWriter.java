package io.wsnotify.systemtests.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Creates tasks ({@code POST /tasks}) on one node, one after another, on a thread of its own. */
public final class TaskWriter {
    private final String name;
    private final Http target;
    private final int count;
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Thread thread;

    private TaskWriter(String name, Http target, int count) {
        this.name = name;
        this.target = target;
        this.count = count;
        this.thread = Thread.ofPlatform().daemon().name("tasks-" + name).unstarted(this::run);
    }

    public static TaskWriter start(String name, Http target, int count) {
        TaskWriter writer = new TaskWriter(name, target, count);
        writer.thread.start();
        return writer;
    }

    /** Waits until it has created its tasks; fails if any was refused. */
    public void awaitDone(Duration timeout) throws InterruptedException {
        if (!thread.join(timeout)) {
            throw new AssertionError("task writer " + name + " still writing after " + timeout);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("task writer " + name + " was refused: " + failures);
        }
    }

    private void run() {
        for (int i = 0; i < count; i++) {
            try {
                var response = target.post("/tasks", "{\"name\": \"" + name + " " + i + "\"}");
                if (response.statusCode() != 201) {
                    failures.add(response.statusCode() + " " + response.body());
                }
            } catch (RuntimeException noAnswer) {
                failures.add(noAnswer.toString());
                return;
            }
        }
    }
}
