package io.wsnotify.adapter.sqlite;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens SQLite connections to one file with the pragmas every connection needs: WAL journal,
 * {@code synchronous=FULL} (a commit survives power loss), the busy timeout, foreign keys and a bound on the WAL size.
 */
final class ConnectionFactory {
    /** The WAL is truncated back to this size after a checkpoint once it grew beyond. */
    private static final int JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024;

    private final Path file;
    private final String url;
    private final SQLiteConfig creating;
    private final SQLiteConfig config;

    ConnectionFactory(Path file, Duration busyTimeout) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file;
        this.creating = pragmas(busyTimeout);
        this.config = pragmas(busyTimeout);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
    }

    private static SQLiteConfig pragmas(Duration busyTimeout) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.setJournalSizeLimit(JOURNAL_SIZE_LIMIT);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        return config;
    }

    Path file() {
        return file;
    }

    /** A new read-write connection in autocommit mode; the file must exist (the migrations create it). */
    Connection open() throws SQLException {
        return config.createConnection(url);
    }

    /**
     * A new read-only connection that never creates the file and waits at most {@code busyTimeout}:
     * for checking from the outside that the file is a usable database.
     */
    Connection openProbe(Duration busyTimeout) throws SQLException {
        SQLiteConfig probe = new SQLiteConfig();
        probe.setReadOnly(true);
        probe.setBusyTimeout((int) busyTimeout.toMillis());
        return probe.createConnection(url);
    }

    /**
     * The same connections as a {@link javax.sql.DataSource}, for the migration tool, creating the
     * file when there is none. Only these create it: a pooled connection opened later, when the file
     * was moved or deleted meanwhile, fails instead of starting an empty database in its place.
     */
    SQLiteDataSource dataSource() {
        SQLiteDataSource dataSource = new SQLiteDataSource(creating);
        dataSource.setUrl(url);
        return dataSource;
    }

    /**
     * A HikariCP pool of {@code size} of these connections, all opened up front and kept for the
     * pool's life (a SQLite connection does not go stale); a borrower waits at most {@code acquireTimeout}.
     */
    HikariConfig pool(String name, int size, Duration acquireTimeout) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName(name);
        pool.setDataSource(new AbortableSource());
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(size);
        pool.setConnectionTimeout(acquireTimeout.toMillis());
        pool.setMaxLifetime(0);
        pool.setKeepaliveTime(0);
        pool.setAutoCommit(true);
        return pool;
    }

    /** This factory's connections, with an abort that works, as HikariCP's data source. */
    private final class AbortableSource extends SQLiteDataSource {
        AbortableSource() {
            super(config);
            setUrl(url);
        }

        @Override
        public SQLiteConnection getConnection(String user, String password) throws SQLException {
            return new AbortableConnection(url, file.toString(), config.toProperties());
        }
    }
}
