package io.wsnotify.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.dbclient.DbClientException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool lends a bounded number of connections, resets what comes back and closes even what is lent. */
class HikariConnectionPoolTest {
    @TempDir
    Path folder;

    private ConnectionFactory factory;
    private HikariConnectionPool pool;

    @BeforeEach
    void open() throws SQLException {
        factory = new ConnectionFactory(folder.resolve("pool.db"), Duration.ofSeconds(5));
        Migrations.apply(factory.dataSource());
        pool = new HikariConnectionPool(factory.pool("test", 2, Duration.ofMillis(250)));
        try (Connection connection = pool.connection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (v INTEGER)");
        }
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void lendsAtMostItsSize() throws SQLException {
        Connection first = pool.connection();
        Connection second = pool.connection();
        assertEquals(2, pool.lent());
        assertThrows(DbClientException.class, pool::connection);
        first.close();
        pool.connection().close();
        second.close();
        assertEquals(0, pool.lent());
    }

    @Test
    void aConnectionGivenBackCannotBeUsedAnyMore() throws SQLException {
        Connection connection = pool.connection();
        connection.close();
        assertTrue(connection.isClosed());
        assertThrows(SQLException.class, connection::createStatement);
    }

    @Test
    void rollsBackWhatTheBorrowerLeftUncommitted() throws SQLException {
        try (Connection connection = pool.connection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("INSERT INTO t VALUES (1)");
        }
        for (int i = 0; i < 2; i++) {
            try (Connection connection = pool.connection()) {
                assertTrue(connection.getAutoCommit());
                assertEquals(0, count(connection));
            }
        }
    }

    @Test
    void closingThePoolClosesALentConnectionAndItsTransaction() throws SQLException {
        Connection lent = pool.connection();
        Connection physical = lent.unwrap(Connection.class);
        lent.setAutoCommit(false);
        try (Statement statement = lent.createStatement()) {
            statement.execute("INSERT INTO t VALUES (1)");
        }
        pool.close();
        assertThrows(DbClientException.class, pool::connection);
        assertTrue(physical.isClosed(), "aborted, not left open after the pool closed");
        assertThrows(SQLException.class, lent::commit);
        lent.close();
        try (Connection connection = factory.open()) {
            assertEquals(0, count(connection));
        }
    }

    @Test
    void appliesThePragmasToEveryPooledConnection() throws SQLException {
        try (Connection first = pool.connection();
                Connection second = pool.connection()) {
            for (Connection connection : new Connection[] {first, second}) {
                assertEquals("wal", pragma(connection, "journal_mode"));
                assertEquals("2", pragma(connection, "synchronous"));
                assertEquals("1", pragma(connection, "foreign_keys"));
                assertEquals("5000", pragma(connection, "busy_timeout"));
                assertEquals(String.valueOf(64 * 1024 * 1024), pragma(connection, "journal_size_limit"));
            }
            assertFalse(first.unwrap(Connection.class) == second.unwrap(Connection.class));
        }
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static int count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM t");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
