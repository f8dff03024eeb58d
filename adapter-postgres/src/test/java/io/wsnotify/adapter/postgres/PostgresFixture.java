package io.wsnotify.adapter.postgres;

import io.wsnotify.application.contract.StoreFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A store on an emptied database, as a contract fixture: the test class's database with every table
 * truncated, identities restarted and the log head back at 0, which is what a new database holds
 * (and ten times quicker to get than a new database).
 */
final class PostgresFixture {
    private static final String EMPTY = "TRUNCATE tasks, devices, notifications, notification_extras RESTART IDENTITY;"
            + " UPDATE log_head SET newest = 0";

    private PostgresFixture() {}

    static StoreFixture create(PostgresDatabase postgres) throws SQLException {
        String database = postgres.classDatabase();
        empty(postgres, database);
        PostgresStore store = PostgresStore.open(postgres.settings(database));
        return new StoreFixture(
                store.transactions(), store.taskRepository(), store.deviceRepository(), store.notificationLog(), store);
    }

    private static void empty(PostgresDatabase postgres, String database) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(postgres.server().url(database), PostgresServer.SUPERUSER, null);
                Statement statement = connection.createStatement()) {
            statement.execute(EMPTY);
        }
    }
}
