package io.wsnotify.bench;

/** The benchmark's command-line help. */
final class Usage {

    static final String TEXT = """
            usage: java -jar notify-bench.jar [options]
              --url URL[,URL...]     server base URL (default http://localhost:5050); several (comma-separated
                                     or repeated) for nodes sharing one store: client i connects to node
                                     i mod n, and the POSTs go round-robin over the nodes
              --clients N            WebSocket clients to open (default 1000)
              --events E             events to publish by POST /notify (default 500)
              --rate R               events per second (default 50)
              --pid PID[,PID...]     server process id(s), for RSS and CPU figures from /proc (summed over
                                     several nodes; JFR records the first)
              --topic T              subscribe with ?topics=T and publish with topic T (default: no filter, topic bench)
              --token TOKEN          bearer token: ?token= on WebSocket, Authorization on POST
              --warmup W             events published first and checked, but not timed (default: enough
                                     for ~200,000 deliveries, 20..200 events; 0 for none)
              --warmup-posts P       POSTs to a topic nobody subscribes to, before the warm-up events, to
                                     get the request path JIT-compiled (default 3000; needs --topic)
              --connect-concurrency C handshakes in flight while ramping (default 200)
              --io-threads T         selector threads serving all WebSockets (default 1)
              --connect-timeout S    handshake timeout in seconds (default 30)
              --wait S               seconds to wait for outstanding deliveries after the last POST (default 30)
              --settle-ms MS         pause after connecting, before the idle sample and the events (default 2000)
              --id-prefix P          client id prefix (default bench-)
              --fail-on-loss         exit 1 when any delivery is lost
              --rss-gc               also measure RSS per idle connection with a full GC (jcmd GC.run) before
                                     both samples: retained memory, without garbage left by the handshakes
              --jfr FILE             record the server (needs --pid) with JFR over the measured phase
              --connect-warmup N     open and close N clients first, so the measured connect meets a warm server
              --resume-missed M      after the measured phase: disconnect every client, publish M events, then
                                     reconnect them all with since=<their last seq> and time until all resumed
              --resume-concurrency C handshakes in flight while reconnecting (default: all clients at once)
            """;

    private Usage() {}
}
