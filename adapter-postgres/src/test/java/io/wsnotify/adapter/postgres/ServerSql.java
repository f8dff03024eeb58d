package io.wsnotify.adapter.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Statements a test runs on the throwaway server as its superuser, outside any store. */
final class ServerSql {
    private ServerSql() {}

    static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.SUPERUSER, null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed on the test PostgreSQL: " + sql, e);
        }
    }

    /** The first column of the first row as a number, or 0 when there is none. */
    static long queryLong(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.SUPERUSER, null);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Failed on the test PostgreSQL: " + sql, e);
        }
    }
}
