package io.wsnotify.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table bench/compare.sh prints: for each scenario and figure, the median over the runs of ours and of the
 * Node.js baseline (each run's value in brackets) and the ratio ours/Node of the medians.
 *
 * <p>Input, one item a line: {@code TITLE s text}, {@code FIGURES s key...} (keys of the RESULT or RESUME
 * lines, in the order shown) and {@code RUN s server RESULT key=value...} for each run of scenario s.
 *
 * <pre>java -cp bench/target/notify-bench.jar io.wsnotify.bench.CompareTable results.txt</pre>
 */
public final class CompareTable {

    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, List<String>> figures = new LinkedHashMap<>();
    private final Map<String, List<RunFigures>> runs = new LinkedHashMap<>();

    private CompareTable() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CompareTable results.txt");
            System.exit(2);
        }
        CompareTable table = new CompareTable();
        Files.readAllLines(Path.of(args[0])).forEach(table::read);
        table.print();
    }

    private void read(String line) {
        String[] f = line.strip().split("\\s+", 3);
        if (f.length < 3) {
            return;
        }
        switch (f[0]) {
            case "TITLE" -> titles.put(f[1], f[2]);
            case "FIGURES" -> figures.put(f[1], List.of(f[2].split("\\s+")));
            case "RUN" -> runs.computeIfAbsent(f[1], s -> new ArrayList<>()).add(RunFigures.parse(f[2]));
            default -> {}
        }
    }

    private void print() {
        row("scenario / figure", "ours", "Node ws", "ours/Node");
        for (Map.Entry<String, String> scenario : titles.entrySet()) {
            String s = scenario.getKey();
            List<RunFigures> all = runs.getOrDefault(s, List.of());
            List<RunFigures> ours =
                    all.stream().filter(r -> r.server().equals("java")).toList();
            List<RunFigures> node =
                    all.stream().filter(r -> r.server().equals("node")).toList();
            System.out.printf(
                    Locale.ROOT,
                    "(%s) %s  [runs: ours %d, Node %d]%n",
                    s,
                    scenario.getValue(),
                    ours.size(),
                    node.size());
            for (String key : figures.getOrDefault(s, List.of())) {
                double o = RunFigures.median(ours, key);
                double n = RunFigures.median(node, key);
                // the others' load says how fair a run was: a ratio of two loads means nothing
                row(
                        "  " + FigureNames.label(key),
                        cell(o, ours, key),
                        cell(n, node, key),
                        key.endsWith("load_pct") ? "–" : ratio(o, n));
            }
        }
    }

    private static String cell(double median, List<RunFigures> runs, String key) {
        if (runs.isEmpty()) {
            return "–";
        }
        StringBuilder sb = new StringBuilder(RunFigures.format(median)).append(" [");
        for (int i = 0; i < runs.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(RunFigures.format(runs.get(i).value(key)));
        }
        return sb.append(']').toString();
    }

    private static String ratio(double ours, double node) {
        if (Double.isNaN(ours) || Double.isNaN(node) || node == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f", ours / node);
    }

    private static void row(String label, String ours, String node, String ratio) {
        System.out.printf(Locale.ROOT, "%-50s %-32s %-32s %s%n", label, ours, node, ratio);
    }
}
