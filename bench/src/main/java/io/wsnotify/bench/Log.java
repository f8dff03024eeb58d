package io.wsnotify.bench;

/** Progress lines on stderr, stamped with seconds since the benchmark started; results go to stdout. */
final class Log {

    private static final long START = System.nanoTime();

    private Log() {}

    static void info(String format, Object... args) {
        double t = (System.nanoTime() - START) / 1e9;
        System.err.printf("[bench %7.2fs] %s%n", t, String.format(format, args));
    }
}
