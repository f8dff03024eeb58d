package io.wsnotify.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Command-line options of the fan-out benchmark (described in {@link Usage}). */
public record BenchOptions(
        ServerBases servers,
        int clients,
        int events,
        double rate,
        List<Long> pids,
        String topic,
        String token,
        int warmup,
        int warmupPosts,
        int connectConcurrency,
        int ioThreads,
        Duration connectTimeout,
        Duration waitTimeout,
        Duration settle,
        boolean failOnLoss,
        String idPrefix,
        Path jfr,
        boolean rssGc,
        int connectWarmup,
        int resumeMissed,
        int resumeConcurrency) {

    /** Parses the arguments; throws IllegalArgumentException with a readable message on bad input. */
    static BenchOptions parse(String[] args) {
        String urls = null;
        int clients = 1000;
        int events = 500;
        double rate = 50;
        List<Long> pids = new ArrayList<>();
        String topic = null;
        String token = null;
        int warmup = -1;
        int warmupPosts = 3000;
        int concurrency = 200;
        int ioThreads = 1;
        long connectTimeout = 30;
        long wait = 30;
        long settleMs = 2000;
        boolean failOnLoss = false;
        boolean rssGc = false;
        String prefix = "bench-";
        Path jfr = null;
        int connectWarmup = 0;
        int resumeMissed = 0;
        int resumeConcurrency = 0;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--fail-on-loss")) {
                failOnLoss = true;
                continue;
            }
            if (flag.equals("--rss-gc")) {
                rssGc = true;
                continue;
            }
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + flag);
            }
            String v = args[++i];
            try {
                switch (flag) {
                    case "--url" -> urls = urls == null ? v : urls + "," + v;
                    case "--clients" -> clients = positive(flag, v);
                    case "--events" -> events = positive(flag, v);
                    case "--rate" -> rate = Double.parseDouble(v);
                    case "--pid" ->
                        Arrays.stream(v.split(","))
                                .map(p -> Long.parseLong(p.strip()))
                                .forEach(pids::add);
                    case "--topic" -> topic = v;
                    case "--token" -> token = v;
                    case "--connect-concurrency" -> concurrency = positive(flag, v);
                    case "--warmup" -> warmup = Integer.parseInt(v);
                    case "--warmup-posts" -> warmupPosts = Integer.parseInt(v);
                    case "--io-threads" -> ioThreads = positive(flag, v);
                    case "--connect-timeout" -> connectTimeout = positive(flag, v);
                    case "--wait" -> wait = positive(flag, v);
                    case "--settle-ms" -> settleMs = Long.parseLong(v);
                    case "--id-prefix" -> prefix = v;
                    case "--jfr" -> jfr = Path.of(v);
                    case "--connect-warmup" -> connectWarmup = Integer.parseInt(v);
                    case "--resume-missed" -> resumeMissed = Integer.parseInt(v);
                    case "--resume-concurrency" -> resumeConcurrency = positive(flag, v);
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number for " + flag + ": " + v);
            }
        }
        if (!(rate > 0)) {
            throw new IllegalArgumentException("--rate must be > 0");
        }
        if (connectWarmup < 0 || resumeMissed < 0) {
            throw new IllegalArgumentException("--connect-warmup and --resume-missed must be >= 0");
        }
        if (warmup < 0) {
            warmup = Math.clamp(200_000 / clients, 20, 200);
        }
        if (topic == null || topic.equals(WarmupPosts.TOPIC)) {
            warmupPosts = 0;
        }
        return new BenchOptions(
                ServerBases.parse(urls == null ? "http://localhost:5050" : urls),
                clients,
                events,
                rate,
                List.copyOf(pids),
                topic,
                token,
                warmup,
                warmupPosts,
                concurrency,
                ioThreads,
                Duration.ofSeconds(connectTimeout),
                Duration.ofSeconds(wait),
                Duration.ofMillis(settleMs),
                failOnLoss,
                prefix,
                jfr,
                rssGc,
                connectWarmup,
                resumeMissed,
                resumeConcurrency == 0 ? clients : resumeConcurrency);
    }

    private static int positive(String flag, String v) {
        int n = Integer.parseInt(v);
        if (n <= 0) {
            throw new IllegalArgumentException(flag + " must be > 0");
        }
        return n;
    }

    /** The first server process id (the one JFR and --rss-gc act on), or -1 without --pid. */
    long pid() {
        return pids.isEmpty() ? -1 : pids.getFirst();
    }

    /** The topic the events are published with (and filtered on, when --topic was given). */
    String eventTopic() {
        return topic == null ? "bench" : topic;
    }

    /** The WebSocket address of client {@code i}. */
    URI wsUri(int i) {
        return wsUri(i, -1);
    }

    /** The WebSocket address of client {@code i}, resuming after {@code since} when that is 0 or more. */
    URI wsUri(int i, long since) {
        URI base = servers.forIndex(i);
        StringBuilder sb = new StringBuilder("ws://")
                .append(base.getRawAuthority())
                .append(base.getRawPath() == null ? "" : base.getRawPath())
                .append("/ws/")
                .append(idPrefix)
                .append(i);
        char sep = '?';
        if (topic != null) {
            sb.append(sep).append("topics=").append(encode(topic));
            sep = '&';
        }
        if (token != null) {
            sb.append(sep).append("token=").append(encode(token));
            sep = '&';
        }
        if (since >= 0) {
            sb.append(sep).append("since=").append(since);
        }
        return URI.create(sb.toString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
