package io.wsnotify.adapter.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements of one connection, kept for reuse: DbClient prepares and closes a statement
 * per execution, and preparing costs about as much as running a small query. Closing a handed-out
 * statement puts it back here; the least recently used beyond {@link #CAPACITY} are closed.
 * Used by one borrower at a time, so not synchronised.
 */
final class StatementCache {
    static final int CAPACITY = 64;
    private static final System.Logger LOGGER = System.getLogger(StatementCache.class.getName());

    private final Connection connection;
    private final Map<String, PreparedStatement> free = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > CAPACITY) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** A free cached statement for {@code sql}, or a new one; closing it returns it here. */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = free.remove(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
        }
        return CachedStatement.wrap(statement, sql, this);
    }

    void giveBack(String sql, PreparedStatement statement) {
        try {
            statement.clearParameters();
        } catch (SQLException e) {
            closeQuietly(statement);
            return;
        }
        PreparedStatement twin = free.put(sql, statement);
        if (twin != null) {
            closeQuietly(twin);
        }
    }

    void close() {
        free.values().forEach(StatementCache::closeQuietly);
        free.clear();
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            LOGGER.log(System.Logger.Level.DEBUG, "Could not close a cached statement", e);
        }
    }
}
