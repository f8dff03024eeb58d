package io.wsnotify.adapter.postgres;

import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

/**
 * Says in one line why PostgreSQL could not be used, from the SQLState of the failure: which
 * server, what went wrong in the server's or driver's words, and which setting to check.
 */
final class ConnectionFailure {
    private ConnectionFailure() {}

    static PostgresUnavailableException describe(SQLException failure, PostgresSettings settings) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        String at = where(settings.url());
        String reason = oneLine(failure.getMessage());
        String message;
        if (state.startsWith("28")) {
            message = "PostgreSQL at " + at + " refused the login of user " + userOf(settings)
                    + " (check notify.postgres.user and notify.postgres.password): " + reason;
        } else if (state.equals("3D000")) {
            message = "PostgreSQL at " + at + " has no such database (check notify.postgres.url): " + reason;
        } else if (state.startsWith("08")) {
            message = "Cannot reach PostgreSQL at " + at
                    + " (check notify.postgres.url and that the server is running): " + reason;
        } else {
            message = "Cannot use PostgreSQL at " + at + ": " + reason
                    + (state.isEmpty() ? "" : " (SQLState " + state + ")");
        }
        return new PostgresUnavailableException(message, failure);
    }

    /** {@code host:port/database} of a PostgreSQL JDBC URL, with nothing secret in it. */
    static String where(String url) {
        Properties parsed = Driver.parseURL(url, new Properties());
        if (parsed == null) {
            return withoutSecrets(url);
        }
        return PGProperty.PG_HOST.getOrDefault(parsed) + ":" + PGProperty.PG_PORT.getOrDefault(parsed) + "/"
                + PGProperty.PG_DBNAME.getOrDefault(parsed);
    }

    /** The URL without its query part, where a password may hide. */
    static String withoutSecrets(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }

    private static String userOf(PostgresSettings settings) {
        return settings.user() == null ? "(from the URL)" : "'" + settings.user() + "'";
    }

    private static String oneLine(String text) {
        return text == null
                ? "no reason given"
                : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
