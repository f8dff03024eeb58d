package io.wsnotify.adapter.postgres;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final Path directory;
    private final int port;
    private final Thread shutdownHook;
    private boolean running;

    private PostgresServer(ClusterCommands commands, Path directory, int port) {
        this.commands = commands;
        this.directory = directory;
        this.port = port;
        this.shutdownHook = new Thread(this::destroy, "postgres-server-cleanup");
    }

    /** Creates a cluster and starts it; the caller closes it. */
    public static PostgresServer start() {
        requireBinaries();
        try {
            Path directory = Files.createTempDirectory("wsnotify-pg-");
            ClusterCommands commands = ClusterCommands.in(Path.of(BIN), directory);
            if (ClusterCommands.runsAsRoot()) {
                UserPrincipal owner = directory.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(SUPERUSER);
                Files.setOwner(directory, owner);
            }
            commands.initdb(SUPERUSER);
            PostgresServer server = new PostgresServer(commands, directory, freePort());
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            server.startAgain();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a throwaway PostgreSQL cluster", e);
        }
    }

    /** Skips the calling test, or fails it on CI, when Debian's PostgreSQL 15 is not installed. */
    public static void requireBinaries() {
        if (Files.isExecutable(Path.of(BIN, "initdb")) && Files.isExecutable(Path.of(BIN, "pg_ctl"))) {
            return;
        }
        String message = "PostgreSQL 15 is not installed (no " + BIN + "/initdb): install Debian's postgresql"
                + " package (apt-get install -y postgresql) to run the PostgreSQL tests";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        Assumptions.abort(message);
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of {@code database} on this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates an empty database with a new name, copied from {@code template}, and returns its name. */
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
        try (Connection connection = DriverManager.getConnection(url("postgres"), SUPERUSER, null);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed on the test PostgreSQL: " + sql, e);
        }
    }

    /**
     * Runs {@code sql} as the superuser in {@code database}; returns the first column of the first
     * row as a number, or 0 when there is none.
     */
    public long queryLong(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(url(database), SUPERUSER, null);
             Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return 0;
            }
            try (ResultSet rows = statement.getResultSet()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Failed on the test PostgreSQL: " + sql, e);
        }
    }

    /**
     * Ends, as an administrator would with {@code pg_terminate_backend}, the sessions on
     * {@code database} whose {@code application_name} is {@code application}; returns how many.
     */
    public long terminate(String database, String application) {
        return queryLong("postgres", "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                + " WHERE datname = '" + database + "' AND application_name = '" + application + "'");
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
