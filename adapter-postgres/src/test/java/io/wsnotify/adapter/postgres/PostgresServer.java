package io.wsnotify.adapter.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL 15 for tests, from Debian's binaries ({@value #BIN}): {@code initdb} into a
 * temporary directory, trust authentication, listening on 127.0.0.1 at a free port. As root the
 * binaries run as the {@code postgres} user (PostgreSQL refuses to run as root). It can be stopped
 * and started again on the same data and port, to test outages; {@link #close()} stops it and deletes
 * its files, and a shutdown hook does the same if the JVM ends first.
 *
 * <p>Without the binaries, tests are skipped, or fail when the environment variable {@code CI} is
 * {@code true}. Shared with other modules' tests through this module's test-jar.
 */
public final class PostgresServer implements AutoCloseable {
    static final String BIN = "/usr/lib/postgresql/15/bin";
    public static final String SUPERUSER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final ClusterCommands commands;
    private final int port;
    private final Thread shutdownHook;
    private boolean running;

    private PostgresServer(ClusterCommands commands, int port) {
        this.commands = commands;
        this.port = port;
        this.shutdownHook = new Thread(this::destroy, "postgres-server-cleanup");
    }

    /** Creates a cluster and starts it; the caller closes it. */
    public static PostgresServer start() {
        requireBinaries();
        try {
            ClusterCommands commands = ClusterCommands.inNewDirectory(Path.of(BIN), SUPERUSER);
            commands.initdb(SUPERUSER);
            PostgresServer server = new PostgresServer(commands, freePort());
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            server.startAgain();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a throwaway PostgreSQL cluster", e);
        }
    }

    /**
     * Skips the calling test, or fails it on CI, when Debian's PostgreSQL 15 is not installed.
     * ({@link PostgresBinaries} does the same as a JUnit condition, so that the skips are counted.)
     */
    public static void requireBinaries() {
        if (PostgresBinaries.installed()) {
            return;
        }
        if (PostgresBinaries.onCi()) {
            throw new IllegalStateException(PostgresBinaries.MISSING);
        }
        Assumptions.abort(PostgresBinaries.MISSING);
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of {@code database} on this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates an empty database with a new name and returns its name. */
    public String createDatabase() {
        return createDatabase("template1");
    }

    /** Creates a database with a new name, copied from {@code template}, and returns its name. */
    public String createDatabase(String template) {
        String name = "test_" + DATABASES.incrementAndGet();
        administer("CREATE DATABASE " + name + " TEMPLATE " + template);
        return name;
    }

    /** Drops {@code database}, ending its sessions first. */
    public void dropDatabase(String database) {
        administer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /** Runs {@code sql} as the superuser in the {@code postgres} database. */
    public void administer(String sql) {
        ServerSql.execute(url("postgres"), sql);
    }

    /** Runs a query as the superuser in {@code database}: the first column of its first row, or 0. */
    public long queryLong(String database, String sql) {
        return ServerSql.queryLong(url(database), sql);
    }

    /** Ends, as an administrator would, the sessions on {@code database} of one application; how many. */
    public long terminate(String database, String application) {
        return queryLong(
                "postgres",
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity" + " WHERE datname = '" + database
                        + "' AND application_name = '" + application + "'");
    }

    /** How many sessions on {@code database} wait for a lock now. */
    public long sessionsWaitingForALock(String database) {
        return queryLong(
                "postgres",
                "SELECT count(*) FROM pg_stat_activity" + " WHERE datname = '" + database
                        + "' AND wait_event_type = 'Lock'");
    }

    /** Stops the server (a fast shutdown: sessions are ended), keeping its data. */
    public synchronized void stop() {
        if (running) {
            running = false;
            commands.stop("fast");
        }
    }

    /** Starts the server again on the same data directory and port. */
    public synchronized void startAgain() {
        if (!running) {
            commands.start(port);
            running = true;
        }
    }

    /** Stops the server and deletes its files. */
    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down and runs the hook (which found nothing left to do)
        }
    }

    private synchronized void destroy() {
        if (running) {
            running = false;
            commands.stop("immediate");
        }
        commands.deleteCluster();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
