package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbClientException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pool lends a bounded number of connections, resets what comes back and reuses statements. */
class ConnectionPoolTest {
    @TempDir
    Path folder;
    private ConnectionPool pool;

    @BeforeEach
    void open() throws SQLException {
        pool = new ConnectionPool(new ConnectionFactory(folder.resolve("pool.db"), Duration.ofSeconds(5)), 2,
                Duration.ofMillis(200));
        try (Connection connection = pool.connection(); Statement statement = connection.createStatement()) {
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
        assertThrows(DbClientException.class, pool::connection);
        first.close();
        pool.connection().close();
        second.close();
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
        try (Connection connection = pool.connection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("INSERT INTO t VALUES (1)");
        }
        try (Connection connection = pool.connection()) {
            assertTrue(connection.getAutoCommit());
            assertEquals(0, count(connection));
        }
    }

    @Test
    void closesALentConnectionWhenItComesBackAfterThePoolClosed() throws SQLException {
        Connection lent = pool.connection();
        Connection physical = lent.unwrap(Connection.class);
        pool.close();
        assertThrows(DbClientException.class, pool::connection);
        lent.close();
        assertTrue(physical.isClosed());
    }

    @Test
    void aReusedStatementHoldsNoSnapshotBetweenQueries() throws SQLException {
        try (Connection reader = pool.connection()) {
            assertEquals(0, count(reader));
            try (Connection writer = pool.connection(); Statement statement = writer.createStatement()) {
                statement.execute("INSERT INTO t VALUES (7)");
            }
            assertEquals(1, count(reader));
        }
    }

    @Test
    void reusesAPreparedStatementOnceItIsClosed() throws SQLException {
        String sql = "SELECT v FROM t WHERE v = ?";
        try (Connection connection = pool.connection()) {
            PreparedStatement first = connection.prepareStatement(sql);
            PreparedStatement underlying = first.unwrap(PreparedStatement.class);
            first.close();
            assertTrue(first.isClosed());
            assertThrows(SQLException.class, () -> first.setInt(1, 1));
            try (PreparedStatement again = connection.prepareStatement(sql);
                 PreparedStatement meanwhile = connection.prepareStatement(sql)) {
                assertSame(underlying, again.unwrap(PreparedStatement.class));
                assertNotSame(underlying, meanwhile.unwrap(PreparedStatement.class));
            }
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
