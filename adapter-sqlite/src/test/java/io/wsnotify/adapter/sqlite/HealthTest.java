package io.wsnotify.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health says whether the database file at the path is usable now, and recovers when it is back. */
class HealthTest {
    @TempDir
    Path folder;

    private Path file;
    private SqliteStore store;

    @BeforeEach
    void open() {
        file = folder.resolve("notify.db");
        store = SqliteStore.open(SqliteSettings.of(file));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void isHealthyWhenOpen() {
        assertTrue(store.isHealthy());
    }

    @Test
    void isHealthyAtOnceWhileEveryPooledConnectionIsLent() throws SQLException {
        List<Connection> lent = new ArrayList<>();
        try {
            HikariConnectionPool readPool = store.lanes().readPool();
            while (readPool.lent() < SqliteSettings.defaultReadConnections()) {
                lent.add(readPool.connection());
            }
            lent.add(store.lanes().writePool().connection());
            for (int i = 0; i < 5; i++) {
                assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(5), store::isHealthy));
            }
        } finally {
            for (Connection connection : lent) {
                connection.close();
            }
        }
    }

    @Test
    void isUnhealthyWhileTheFileIsGoneAndHealthyWhenItIsBack() throws IOException {
        Path aside = folder.resolve("aside.db");
        Files.move(file, aside);
        assertFalse(store.isHealthy());
        Files.move(aside, file);
        assertTrue(store.isHealthy());
    }

    @Test
    void aFileMovedAwayIsNeverRecreatedEmptyInItsPlace() throws IOException {
        Files.move(file, folder.resolve("aside.db"));
        store.close();
        assertFalse(Files.exists(file), "the close's checkpoint must not create an empty database at the path");
    }

    @Test
    void isUnhealthyWhenTheFileIsReplacedByAnotherDatabase() throws IOException {
        Path aside = folder.resolve("aside.db");
        Files.copy(file, aside);
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
        assertFalse(store.isHealthy());
    }

    @Test
    void isUnhealthyWhileTheFileHoldsGarbageAndHealthyWhenRestored() throws IOException {
        byte[] original = Files.readAllBytes(file);
        byte[] garbage = new byte[original.length];
        Arrays.fill(garbage, (byte) 0x5A);
        Files.write(file, garbage, StandardOpenOption.WRITE);
        assertFalse(store.isHealthy());
        Files.write(file, original, StandardOpenOption.WRITE);
        assertTrue(store.isHealthy());
    }

    @Test
    void isUnhealthyWhenEmptied() throws IOException {
        Files.write(file, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
        assertFalse(store.isHealthy());
    }

    @Test
    void isUnhealthyAfterClose() {
        store.close();
        assertFalse(store.isHealthy());
    }
}
