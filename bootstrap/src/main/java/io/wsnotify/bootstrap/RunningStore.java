package io.wsnotify.bootstrap;

import io.wsnotify.adapter.postgres.PostgresStore;
import io.wsnotify.adapter.sqlite.SqliteStore;
import io.wsnotify.application.CorePorts;
import io.wsnotify.application.LocalNotifier;
import io.wsnotify.domain.port.Leadership;
import io.wsnotify.wire.ResourceDataJson;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The open store of a node: the core's driven ports over it, whether it is usable now (readiness),
 * who leads the one-at-a-time jobs, where it is (for the log), and how to close it.
 */
record RunningStore(CorePorts ports, BooleanSupplier healthy, String where, AutoCloseable closer)
        implements AutoCloseable {

    /** Opens (and migrates) the store {@code choice} names. */
    static RunningStore open(StoreChoice choice) {
        return switch (choice) {
            case StoreChoice.Sqlite sqlite -> sqlite(SqliteStore.open(sqlite.settings()));
            case StoreChoice.Postgres postgres -> postgres(PostgresStore.open(postgres.settings()));
        };
    }

    Leadership leadership() {
        return ports.leadership();
    }

    private static RunningStore sqlite(SqliteStore store) {
        CorePorts ports = new CorePorts(
                store.taskRepository(),
                store.deviceRepository(),
                store.notificationLog(),
                store.transactions(),
                Clock.systemUTC(),
                () -> UUID.randomUUID().toString(),
                ZoneId.systemDefault(),
                new ResourceDataJson(),
                new LocalNotifier(),
                Leadership.alone());
        return new RunningStore(ports, store::isHealthy, "SQLite " + store.file(), store);
    }

    private static RunningStore postgres(PostgresStore store) {
        CorePorts ports = new CorePorts(
                store.taskRepository(),
                store.deviceRepository(),
                store.notificationLog(),
                store.transactions(),
                Clock.systemUTC(),
                () -> UUID.randomUUID().toString(),
                ZoneId.systemDefault(),
                new ResourceDataJson(),
                store.notifier(),
                store.leadership());
        return new RunningStore(ports, store::isHealthy, "PostgreSQL " + store.where(), store);
    }

    @Override
    public void close() throws Exception {
        closer.close();
    }
}
