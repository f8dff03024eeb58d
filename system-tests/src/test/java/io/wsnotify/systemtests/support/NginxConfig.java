package io.wsnotify.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The shipped deploy/nginx.conf with only its ports changed: {@code listen 5050} and the three nodes
 * {@code 127.0.0.1:5051}–{@code 5053}, each of which must appear exactly once, so that a test never
 * runs a configuration that differs from the shipped one in anything else.
 */
public final class NginxConfig {
    public static final String SHIPPED = "deploy/nginx.conf";
    public static final int LISTEN = 5050;
    public static final List<Integer> NODES = List.of(5051, 5052, 5053);

    private NginxConfig() {}

    public static String shipped() {
        try {
            return Files.readString(Repository.file(SHIPPED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped text listening on {@code listen} in front of the nodes at {@code nodes} (three ports). */
    public static String withPorts(int listen, List<Integer> nodes) {
        if (nodes.size() != NODES.size()) {
            throw new IllegalArgumentException("the shipped configuration has " + NODES.size() + " nodes");
        }
        String text = replaceOnce(shipped(), "listen " + LISTEN + ";", "listen " + listen + ";");
        for (int i = 0; i < NODES.size(); i++) {
            text = replaceOnce(
                    text, "server 127.0.0.1:" + NODES.get(i) + " ", "server 127.0.0.1:" + nodes.get(i) + " ");
        }
        return text;
    }

    private static String replaceOnce(String text, String shipped, String replacement) {
        int at = text.indexOf(shipped);
        if (at < 0 || text.indexOf(shipped, at + 1) >= 0) {
            throw new IllegalStateException(SHIPPED + " should contain '" + shipped + "' exactly once");
        }
        return text.substring(0, at) + replacement + text.substring(at + shipped.length());
    }
}
