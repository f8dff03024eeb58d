package io.wsnotify.systemtests.support;

import io.wsnotify.adapter.postgres.PostgresServer;
import io.wsnotify.testsupport.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Three nodes from the built jar on one throwaway PostgreSQL, with nginx in front running the shipped
 * deploy/nginx.conf: what the README's "Running several nodes" sets up, on free ports. One per test
 * class; {@link #close()} stops it all. Logs go to target/system-tests/{name}/.
 */
public final class Cluster implements AutoCloseable {
    public static final int NODES = 3;
    public static final Duration START = Duration.ofSeconds(90);

    private final String name;
    private final PostgresServer postgres;
    private final String database;
    private final List<NodeProcess> nodes = new ArrayList<>();
    private NginxProcess nginx;

    private Cluster(String name, PostgresServer postgres, String database) {
        this.name = name;
        this.postgres = postgres;
        this.database = database;
    }

    /** Starts PostgreSQL, three nodes at once (with {@code overrides} on top of the quiet environment) and nginx. */
    public static Cluster start(String name, Map<String, String> overrides) {
        NginxBinary.require();
        PostgresServer postgres = PostgresServer.start();
        Cluster cluster = new Cluster(name, postgres, NotifyDatabase.create(postgres));
        try {
            for (int i = 1; i <= NODES; i++) {
                cluster.nodes.add(cluster.startNode("node-" + i, overrides));
            }
            for (NodeProcess node : cluster.nodes) {
                awaitReady(node, START);
            }
            cluster.nginx = NginxProcess.start(
                    cluster.nodes.stream().map(NodeProcess::port).toList(), logDirectory(name));
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** Starts one more node on this cluster's database, with {@code overrides}; does not wait for it. */
    public NodeProcess startNode(String nodeName, Map<String, String> overrides) {
        Map<String, String> environment = NotifyDatabase.environment(postgres, database);
        environment.putAll(overrides);
        try {
            return NodeProcess.start(nodeName, environment, logDirectory(name).resolve(nodeName + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + nodeName, e);
        }
    }

    /** Waits until {@code node} listens and its readiness is 200. */
    public static void awaitReady(NodeProcess node, Duration timeout) {
        Http http = Http.port(node.awaitPort(timeout));
        Await.until(node.name() + " is ready", timeout, () -> http.status("/observe/health/ready") == 200);
    }

    public static Path logDirectory(String name) {
        return Path.of("target", "system-tests", name).toAbsolutePath();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String database() {
        return database;
    }

    /** Node {@code i}, from 0. */
    public NodeProcess node(int i) {
        return nodes.get(i);
    }

    public List<NodeProcess> nodes() {
        return List.copyOf(nodes);
    }

    /** {@code http://127.0.0.1:<port>} of node {@code i}. */
    public URI base(int i) {
        return URI.create("http://127.0.0.1:" + node(i).port());
    }

    public Http http(int i) {
        return new Http(base(i));
    }

    public NginxProcess nginx() {
        return nginx;
    }

    public Http viaNginx() {
        return new Http(nginx.base());
    }

    /** nginx, then the nodes (SIGTERM to all, then waiting for each), then PostgreSQL. */
    @Override
    public void close() {
        if (nginx != null) {
            nginx.close();
        }
        nodes.forEach(NodeProcess::terminate);
        nodes.forEach(NodeProcess::close);
        postgres.close();
    }
}
