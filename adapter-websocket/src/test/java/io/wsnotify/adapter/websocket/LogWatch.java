package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Watches what the server logs while a test runs: a handler on the root {@code java.util.logging}
 * logger, where Helidon's and our {@link System.Logger}s write. A test asserts that nothing was
 * logged with a stack trace, or at WARNING and above.
 */
final class LogWatch extends Handler implements AutoCloseable {
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogWatch() {}

    static LogWatch start() {
        LogWatch watch = new LogWatch();
        Logger.getLogger("").addHandler(watch);
        return watch;
    }

    /** Fails, showing them, if any record so far carries a throwable or is a warning or worse. */
    void assertNoTroubleLogged() {
        List<LogRecord> trouble = records.stream()
                .filter(r -> r.getThrown() != null || r.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        if (!trouble.isEmpty()) {
            StringBuilder shown = new StringBuilder("the server logged trouble:");
            for (LogRecord record : trouble) {
                shown.append("\n")
                        .append(record.getLevel())
                        .append(' ')
                        .append(record.getLoggerName())
                        .append(": ")
                        .append(record.getMessage());
                if (record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    shown.append("\n").append(trace);
                }
            }
            fail(shown.toString());
        }
    }

    /** Every record so far, for tests of this watch itself. */
    List<LogRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
