package io.wsnotify.adapter.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One open SQLite connection owned by the pool, with its cache of prepared statements. */
final class PhysicalConnection {
    private static final System.Logger LOGGER = System.getLogger(PhysicalConnection.class.getName());

    private final Connection connection;
    private final StatementCache statements;

    PhysicalConnection(Connection connection) {
        this.connection = connection;
        this.statements = new StatementCache(connection);
    }

    Connection connection() {
        return connection;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return statements.prepare(sql);
    }

    /**
     * Makes the connection fit for the next borrower: an open transaction (one left after a failed
     * statement, or the empty one the driver begins after each commit) is rolled back and autocommit
     * restored. Returns false when the connection is broken.
     */
    boolean reset() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            return true;
        } catch (SQLException e) {
            LOGGER.log(System.Logger.Level.WARNING, "Dropping a SQLite connection that could not be reset", e);
            return false;
        }
    }

    void close() {
        statements.close();
        try {
            connection.close();
        } catch (SQLException e) {
            LOGGER.log(System.Logger.Level.WARNING, "Could not close a SQLite connection", e);
        }
    }
}
