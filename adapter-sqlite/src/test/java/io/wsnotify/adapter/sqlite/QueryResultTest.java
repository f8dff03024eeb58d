package io.wsnotify.adapter.sqlite;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Result sets from the pool read like the driver's, answer metadata from a snapshot and refuse updates. */
class QueryResultTest {
    @TempDir
    Path folder;
    private ConnectionPool pool;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        pool = new ConnectionPool(new ConnectionFactory(folder.resolve("rows.db"), Duration.ofSeconds(5)), 1,
                Duration.ofSeconds(5));
        connection = pool.connection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (id INTEGER, name TEXT)");
            statement.execute("INSERT INTO t VALUES (1, 'one'), (2, NULL)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        pool.close();
    }

    @Test
    void readsRowsAsTheDriverDoes() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, name AS label FROM t ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            assertInstanceOf(QueryResult.class, rows);
            assertTrue(rows.next());
            assertEquals(1L, rows.getLong(1));
            assertEquals("one", rows.getString("label"));
            assertTrue(rows.next());
            assertNull(rows.getObject(2));
            assertTrue(rows.wasNull());
            assertFalse(rows.next());
        }
    }

    @Test
    void answersMetadataFromOneSnapshotWithTheClassNameLeftUnknown() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, name AS label FROM t");
             ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData columns = rows.getMetaData();
            assertSame(columns, rows.getMetaData());
            assertEquals(2, columns.getColumnCount());
            assertEquals("label", columns.getColumnLabel(2));
            ResultSetMetaData driver = rows.unwrap(ResultSet.class).getMetaData();
            assertEquals(driver.getColumnType(1), columns.getColumnType(1));
            assertNull(columns.getColumnClassName(1));
            assertThrows(SQLException.class, () -> columns.getColumnLabel(3));
        }
    }

    @Test
    void refusesToChangeRows() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM t");
             ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next());
            assertThrows(SQLFeatureNotSupportedException.class, () -> rows.updateLong(1, 5));
            assertThrows(SQLFeatureNotSupportedException.class, rows::deleteRow);
        }
    }
}
