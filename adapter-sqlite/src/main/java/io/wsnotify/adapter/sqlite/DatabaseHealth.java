package io.wsnotify.adapter.sqlite;

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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Whether the database is usable now: the store is open, the file at the configured path still
 * exists, is the very file the store opened (same file key, so not deleted and replaced), starts
 * with the SQLite header, and a real query succeeds on a fresh connection — all within
 * {@link #LIMIT}.
 *
 * <p>The pool is not asked: under read load every pooled connection may be busy, which is health,
 * not sickness, and waiting for one would report 503 exactly when the service is most in use.
 * One probe runs at a time; callers that come while it runs share its answer.
 */
final class DatabaseHealth {
    static final Duration LIMIT = Duration.ofSeconds(1);
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String PROBE =
            "SELECT (SELECT count(*) FROM sqlite_master), (SELECT max(seq) FROM notifications)";

    private final ConnectionFactory factory;
    private final BooleanSupplier open;
    private final Object fileKey;
    private final AtomicReference<CompletableFuture<Boolean>> running = new AtomicReference<>();

    DatabaseHealth(ConnectionFactory factory, BooleanSupplier open) throws IOException {
        this.factory = factory;
        this.open = open;
        this.fileKey = fileKey(factory.file());
    }

    boolean isHealthy() {
        if (!open.getAsBoolean()) {
            return false;
        }
        CompletableFuture<Boolean> result = runningProbe();
        try {
            return result.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The probe in flight, or a new one. */
    private CompletableFuture<Boolean> runningProbe() {
        while (true) {
            CompletableFuture<Boolean> last = running.get();
            if (last != null && !last.isDone()) {
                return last;
            }
            CompletableFuture<Boolean> next = new CompletableFuture<>();
            if (running.compareAndSet(last, next)) {
                Thread.ofVirtual().name("sqlite-health").start(() -> next.complete(probe()));
                return next;
            }
        }
    }

    private boolean probe() {
        try {
            return isOurFile() && hasHeader() && answersOnFreshConnection() && isOurFile();
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

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
