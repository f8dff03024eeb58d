package io.wsnotify.systemtests.support;

import io.wsnotify.adapter.postgres.PostgresServer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A database for the nodes on a throwaway {@link PostgresServer}, made as the README makes it (a login
 * role {@value #USER} owning an empty database), and the environment variables that point a node at
 * it: only the documented keys, the way an operator sets them.
 */
public final class NotifyDatabase {
    public static final String USER = "notify";
    public static final String PASSWORD = "notify-secret";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private NotifyDatabase() {}

    /** Creates the role (once per server) and a new empty database it owns; returns the database's name. */
    public static String create(PostgresServer server) {
        server.administer("DO $$BEGIN CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "';"
                + " EXCEPTION WHEN duplicate_object THEN NULL; END$$");
        String name = "notify_" + DATABASES.incrementAndGet();
        server.administer("CREATE DATABASE " + name + " OWNER " + USER);
        return name;
    }

    /**
     * A quiet node on a free loopback port over {@code database}: PostgreSQL store, a small pool, a
     * quick poll, simulator and request log off. A mutable map, for a test to change.
     */
    public static Map<String, String> environment(PostgresServer server, String database) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_HOST", "127.0.0.1");
        environment.put("SERVER_PORT", "0");
        environment.put("NOTIFY_STORE", "postgres");
        environment.put("NOTIFY_POSTGRES_URL", server.url(database));
        environment.put("NOTIFY_POSTGRES_USER", USER);
        environment.put("NOTIFY_POSTGRES_PASSWORD", PASSWORD);
        environment.put("NOTIFY_POSTGRES_POOL_SIZE", "4");
        environment.put("NOTIFY_POSTGRES_POLL_INTERVAL", "PT0.5S");
        environment.put("NOTIFY_SIMULATOR_ENABLED", "false");
        environment.put("NOTIFY_LOG_REQUESTS", "false");
        return environment;
    }
}
