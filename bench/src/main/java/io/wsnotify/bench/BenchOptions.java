package io.wsnotify.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Command-line options of the fan-out benchmark. */
public record BenchOptions(URI baseUrl, int clients, int events, double rate, long pid, String topic,
                           String token, int connectConcurrency, int clientsPerHttpClient, int threads,
                           Duration connectTimeout, Duration waitTimeout, Duration settle,
                           boolean failOnLoss, String idPrefix) {

    static final String USAGE = """
            usage: java -jar notify-bench.jar [options]
              --url URL              server base URL (default http://localhost:5050)
              --clients N            WebSocket clients to open (default 1000)
              --events E             events to publish by POST /notify (default 500)
              --rate R               events per second (default 50)
              --pid PID              server process id, for RSS and CPU figures from /proc
              --topic T              subscribe with ?topics=T and publish with topic T (default: no filter, topic bench)
              --token TOKEN          bearer token: ?token= on WebSocket, Authorization on POST
              --connect-concurrency C handshakes in flight while ramping (default 200)
              --clients-per-http K   WebSockets sharing one HttpClient (default 500)
              --threads T            listener executor threads (default 2 x cores, min 4)
              --connect-timeout S    handshake timeout in seconds (default 30)
              --wait S               seconds to wait for outstanding deliveries after the last POST (default 30)
              --settle-ms MS         pause after connecting, before the idle sample and the events (default 2000)
              --id-prefix P          client id prefix (default bench-)
              --fail-on-loss         exit 1 when any delivery is lost
            """;

    /** Parses the arguments; throws IllegalArgumentException with a readable message on bad input. */
    static BenchOptions parse(String[] args) {
        URI url = URI.create("http://localhost:5050");
        int clients = 1000;
        int events = 500;
        double rate = 50;
        long pid = -1;
        String topic = null;
        String token = null;
        int concurrency = 200;
        int perHttp = 500;
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        long connectTimeout = 30;
        long wait = 30;
        long settleMs = 2000;
        boolean failOnLoss = false;
        String prefix = "bench-";
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--fail-on-loss")) {
                failOnLoss = true;
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
                    case "--url" -> url = URI.create(v.endsWith("/") ? v.substring(0, v.length() - 1) : v);
                    case "--clients" -> clients = positive(flag, v);
                    case "--events" -> events = positive(flag, v);
                    case "--rate" -> rate = Double.parseDouble(v);
                    case "--pid" -> pid = Long.parseLong(v);
                    case "--topic" -> topic = v;
                    case "--token" -> token = v;
                    case "--connect-concurrency" -> concurrency = positive(flag, v);
                    case "--clients-per-http" -> perHttp = positive(flag, v);
                    case "--threads" -> threads = positive(flag, v);
                    case "--connect-timeout" -> connectTimeout = positive(flag, v);
                    case "--wait" -> wait = positive(flag, v);
                    case "--settle-ms" -> settleMs = Long.parseLong(v);
                    case "--id-prefix" -> prefix = v;
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number for " + flag + ": " + v);
            }
        }
        if (!(rate > 0)) {
            throw new IllegalArgumentException("--rate must be > 0");
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("--url must be http:// or https://");
        }
        return new BenchOptions(url, clients, events, rate, pid, topic, token, concurrency, perHttp, threads,
                Duration.ofSeconds(connectTimeout), Duration.ofSeconds(wait), Duration.ofMillis(settleMs),
                failOnLoss, prefix);
    }

    private static int positive(String flag, String v) {
        int n = Integer.parseInt(v);
        if (n <= 0) {
            throw new IllegalArgumentException(flag + " must be > 0");
        }
        return n;
    }

    /** The topic the events are published with (and filtered on, when --topic was given). */
    String eventTopic() {
        return topic == null ? "bench" : topic;
    }

    /** The WebSocket address of client {@code i}. */
    URI wsUri(int i) {
        String scheme = "https".equals(baseUrl.getScheme()) ? "wss" : "ws";
        StringBuilder sb = new StringBuilder(scheme).append("://").append(baseUrl.getRawAuthority())
                .append(baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath())
                .append("/ws/").append(idPrefix).append(i);
        char sep = '?';
        if (topic != null) {
            sb.append(sep).append("topics=").append(encode(topic));
            sep = '&';
        }
        if (token != null) {
            sb.append(sep).append("token=").append(encode(token));
        }
        return URI.create(sb.toString());
    }

    /** The address events are published to. */
    URI notifyUri() {
        return URI.create(baseUrl + "/notify");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
