package io.wsnotify.adapter.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The versioned migrations build the schema on an empty file, once. */
class MigrationsTest {
    @TempDir
    Path folder;

    @Test
    void createTheSchemaOnAnEmptyFile() throws SQLException {
        Path file = folder.resolve("notify.db");
        SqliteStore.open(SqliteSettings.of(file)).close();
        assertEquals(List.of("devices", "flyway_schema_history", "notification_extras", "notifications",
                "sqlite_sequence", "tasks"), query(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        assertEquals(List.of("notifications_by_topic", "tasks_by_status"),
                query(file, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name NOT LIKE 'flyway%' ORDER BY name"));
    }

    @Test
    void areAppliedOnlyOnceAcrossReopens() throws SQLException {
        Path file = folder.resolve("notify.db");
        ConnectionFactory factory = new ConnectionFactory(file, java.time.Duration.ofSeconds(5));
        assertEquals(1, Migrations.apply(factory.dataSource()));
        assertEquals(0, Migrations.apply(factory.dataSource()));
        SqliteStore.open(SqliteSettings.of(file)).close();
        SqliteStore.open(SqliteSettings.of(file)).close();
        assertEquals(List.of("1"), query(file, "SELECT version FROM flyway_schema_history WHERE success = 1"));
    }

    @Test
    void createTheFolderOfThePath() {
        Path file = folder.resolve("not/there/yet/notify.db");
        SqliteStore.open(SqliteSettings.of(file)).close();
        assertTrue(Files.isRegularFile(file));
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
