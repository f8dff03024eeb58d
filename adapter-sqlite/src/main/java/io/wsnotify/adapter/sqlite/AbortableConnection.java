package io.wsnotify.adapter.sqlite;

import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Executor;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * A sqlite-jdbc connection whose {@link #abort} closes it, as JDBC says it must. The driver's own
 * abort does nothing, and HikariCP aborts the connections still lent out when its pool closes:
 * without this they would stay open, holding the database file, after the store closed.
 */
final class AbortableConnection extends JDBC4Connection {
    private static final System.Logger LOG = System.getLogger(AbortableConnection.class.getName());

    AbortableConnection(String url, String file, Properties properties) throws SQLException {
        super(url, file, properties);
    }

    /** Closes the connection on {@code executor}; a statement running on it finishes first. */
    @Override
    public void abort(Executor executor) {
        executor.execute(() -> {
            try {
                close();
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not close an aborted SQLite connection", e);
            }
        });
    }
}
