package io.wsnotify.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versioned migrations build the schema on an empty file, once. */
class MigrationsTest {
    @TempDir
    Path folder;

    @Test
    void createTheSchemaOnAnEmptyFile() throws SQLException {
        Path file = folder.resolve("notify.db");
        SqliteStore.open(SqliteSettings.of(file)).close();
        assertEquals(
                List.of(
                        "devices",
                        "flyway_schema_history",
                        "notification_extras",
                        "notifications",
                        "sqlite_sequence",
                        "tasks"),
                query(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        assertEquals(
                List.of("notifications_by_topic", "tasks_by_status"),
                query(
                        file,
                        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name NOT LIKE 'flyway%' ORDER BY name"));
    }

    @Test
    void areAppliedOnlyOnceAcrossReopens() throws SQLException {
        Path file = folder.resolve("notify.db");
        ConnectionFactory factory = new ConnectionFactory(file, Duration.ofSeconds(5));
        assertEquals(2, Migrations.apply(factory.dataSource()));
        assertEquals(0, Migrations.apply(factory.dataSource()));
        SqliteStore.open(SqliteSettings.of(file)).close();
        SqliteStore.open(SqliteSettings.of(file)).close();
        assertEquals(
                List.of("1", "2"),
                query(file, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank"));
    }

    @Test
    void makeTheMessageOptionalKeepingEveryNotificationItsFieldsAndTheSeqCounter() throws SQLException {
        Path file = folder.resolve("notify.db");
        ConnectionFactory factory = new ConnectionFactory(file, Duration.ofSeconds(5));
        Flyway.configure(getClass().getClassLoader())
                .dataSource(factory.dataSource())
                .locations(Migrations.LOCATION)
                .target("1")
                .load()
                .migrate();
        execute(
                file,
                "INSERT INTO notifications (id, message, url, type, topic, event, occurred_at, data, to_client,"
                        + " extra_count) VALUES ('a', 'first', '/tasks/1', 'INFO', 'tasks', 'task.created', 1, '{\"id\":1}', NULL, 2),"
                        + " ('b', 'second', NULL, 'ALERT', 'custom', 'custom', 2, NULL, 'tab', 0),"
                        + " ('c', 'pruned', NULL, 'INFO', 'custom', 'custom', 3, NULL, NULL, 0)");
        execute(file, "INSERT INTO notification_extras VALUES (1, 0, 'z', '1.50'), (1, 1, 'a', '[ ]')");
        execute(file, "DELETE FROM notifications WHERE seq = 3");

        assertEquals(1, Migrations.apply(factory.dataSource()));

        assertEquals(
                List.of(
                        "1|a|first|/tasks/1|INFO|tasks|task.created|1|{\"id\":1}||2",
                        "2|b|second||ALERT|custom|custom|2||tab|0"),
                query(
                        file,
                        "SELECT seq || '|' || id || '|' || message || '|' || coalesce(url, '') || '|' || type || '|'"
                                + " || topic || '|' || event || '|' || occurred_at || '|' || coalesce(data, '') || '|'"
                                + " || coalesce(to_client, '') || '|' || extra_count FROM notifications ORDER BY seq"));
        assertEquals(
                List.of("1|0|z|1.50", "1|1|a|[ ]"),
                query(
                        file,
                        "SELECT seq || '|' || position || '|' || name || '|' || value FROM notification_extras ORDER BY seq, position"));
        assertEquals(List.of("3"), query(file, "SELECT seq FROM sqlite_sequence WHERE name = 'notifications'"));
        execute(
                file,
                "INSERT INTO notifications (id, type, topic, event, occurred_at) VALUES ('d', 'INFO', 'custom', 'custom', 4)");
        assertEquals(List.of("4"), query(file, "SELECT seq FROM notifications WHERE message IS NULL"));
        assertEquals(List.of(), query(file, "PRAGMA foreign_key_check"));
    }

    @Test
    void createTheFolderOfThePath() {
        Path file = folder.resolve("not/there/yet/notify.db");
        SqliteStore.open(SqliteSettings.of(file)).close();
        assertTrue(Files.isRegularFile(file));
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static List<String> query(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
