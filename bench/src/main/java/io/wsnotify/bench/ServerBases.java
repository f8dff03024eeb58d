package io.wsnotify.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The base URLs of the server's nodes (one, or several sharing a store): client {@code i} connects to node
 * {@code i mod n} and event {@code k} is posted to node {@code k mod n}, so both are spread round-robin.
 */
record ServerBases(List<URI> urls) {

    ServerBases {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("--url needs at least one URL");
        }
        for (URI url : urls) {
            if (!"http".equals(url.getScheme()) || url.getRawAuthority() == null) {
                throw new IllegalArgumentException(
                        "--url must be http://host:port (the raw WebSocket client has no TLS), not " + url);
            }
        }
        urls = List.copyOf(urls);
    }

    /** The bases in {@code value}: one URL, or several separated by commas. */
    static ServerBases parse(String value) {
        List<URI> all = new ArrayList<>();
        for (String part : value.split(",")) {
            String v = part.strip();
            if (!v.isEmpty()) {
                all.add(URI.create(v.endsWith("/") ? v.substring(0, v.length() - 1) : v));
            }
        }
        return new ServerBases(all);
    }

    /** How many nodes. */
    int size() {
        return urls.size();
    }

    /** The base of the node that client (or event) {@code i} goes to. */
    URI forIndex(int i) {
        return urls.get(Math.floorMod(i, urls.size()));
    }

    /** The POST /notify address of every node, in order. */
    List<URI> notifyUris() {
        return urls.stream().map(u -> URI.create(u + "/notify")).toList();
    }

    @Override
    public String toString() {
        return urls.stream().map(URI::toString).collect(Collectors.joining(", "));
    }
}
