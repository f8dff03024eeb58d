package io.wsnotify.bench;

import java.net.URI;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/** POSTs to /notify spread over the server's nodes: request {@code k} goes to node {@code k mod n}. */
final class RoundRobinPoster implements AutoCloseable {

    private final List<HttpPoster> nodes;

    /** {@code connectionsPerNode} keep-alive connections to each node of {@code options}. */
    RoundRobinPoster(BenchOptions options, int connectionsPerNode, String name) {
        List<URI> uris = options.servers().notifyUris();
        this.nodes = IntStream.range(0, uris.size())
                .mapToObj(i -> new HttpPoster(
                        uris.get(i), options.token(), connectionsPerNode, uris.size() == 1 ? name : name + "-node" + i))
                .toList();
    }

    /** Queues POST {@code k} of the JSON {@code body} to its node; {@code done} as for {@link HttpPoster#post}. */
    void post(int k, String body, BiConsumer<HttpAnswer, Exception> done) {
        nodes.get(Math.floorMod(k, nodes.size())).post(body, done);
    }

    @Override
    public void close() {
        nodes.forEach(HttpPoster::close);
    }
}
