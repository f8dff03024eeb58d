package io.wsnotify.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one benchmark run as its RESULT or RESUME line gave them, tagged with the server measured. */
record RunFigures(String server, Map<String, String> values) {

    /** Parses {@code server RESULT key=value ...} (or RESUME). */
    static RunFigures parse(String text) {
        String[] f = text.strip().split("\\s+");
        Map<String, String> values = new HashMap<>();
        for (int i = 2; i < f.length; i++) {
            int eq = f[i].indexOf('=');
            if (eq > 0) {
                values.put(f[i].substring(0, eq), f[i].substring(eq + 1));
            }
        }
        return new RunFigures(f[0], values);
    }

    /** The figure {@code key}, NaN when absent or not a number ("na"). */
    double value(String key) {
        try {
            return Double.parseDouble(values.getOrDefault(key, "na"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The median of figure {@code key} over {@code runs} (the mean of the middle two for an even count). */
    static double median(List<RunFigures> runs, String key) {
        double[] v = runs.stream()
                .mapToDouble(r -> r.value(key))
                .filter(d -> !Double.isNaN(d))
                .sorted()
                .toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** A figure with about 3 significant digits: no decimals from 100 up (and for 0), at most 2 below. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        int decimals = a >= 100 || v == 0 ? 0 : a >= 10 ? 1 : 2;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
