package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the database is usable now: the file at the configured path still exists, is the very
 * file the store opened (same file key, so not deleted and replaced), starts with the SQLite
 * header, and real queries succeed both on a fresh connection and through the pool — all within
 * {@link #LIMIT}.
 */
final class DatabaseHealth {
    static final Duration LIMIT = Duration.ofSeconds(1);
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String PROBE = "SELECT (SELECT count(*) FROM sqlite_master), (SELECT max(seq) FROM notifications)";

    private final ConnectionFactory factory;
    private final DbClient db;
    private final Object fileKey;

    DatabaseHealth(ConnectionFactory factory, DbClient db) throws IOException {
        this.factory = factory;
        this.db = db;
        this.fileKey = fileKey(factory.file());
    }

    boolean isHealthy() {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Thread.ofVirtual().name("sqlite-health").start(() -> result.complete(probe()));
        try {
            return result.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean probe() {
        try {
            return isOurFile() && hasHeader() && answersOnFreshConnection() && answersThroughPool() && isOurFile();
        } catch (IOException | SQLException | RuntimeException e) {
            return false;
        }
    }

    private boolean isOurFile() throws IOException {
        Path file = factory.file();
        return Files.isRegularFile(file) && Objects.equals(fileKey, fileKey(file));
    }

    private boolean hasHeader() throws IOException {
        try (InputStream in = Files.newInputStream(factory.file())) {
            return Arrays.equals(MAGIC, in.readNBytes(MAGIC.length));
        }
    }

    private boolean answersOnFreshConnection() throws SQLException {
        try (Connection connection = factory.openProbe(LIMIT);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(PROBE)) {
            return row.next() && row.getLong(1) > 0;
        }
    }

    private boolean answersThroughPool() {
        return db.execute().createGet(PROBE).execute().isPresent();
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
