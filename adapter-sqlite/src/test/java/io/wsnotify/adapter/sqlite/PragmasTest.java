package io.wsnotify.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pragmas durability and integrity rest on are in effect on the store's own connections. */
class PragmasTest {
    @TempDir
    Path folder;

    private SqliteStore store;

    @BeforeEach
    void open() {
        store = SqliteStore.open(new SqliteSettings(folder.resolve("notify.db"), Duration.ofMillis(4321)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void journalIsWriteAheadLog() {
        assertEquals("wal", pragma("journal_mode"));
    }

    @Test
    void synchronousIsFullInsideAndOutsideTransactions() {
        assertEquals("2", pragma("synchronous"));
        SqliteTransactions transactions = (SqliteTransactions) store.transactions();
        assertEquals(
                "2",
                transactions.inTransaction(() -> transactions
                        .reader()
                        .createGet("PRAGMA synchronous")
                        .execute()
                        .orElseThrow()
                        .column(1)
                        .get(String.class)));
        assertEquals(
                "2",
                transactions.inTransaction(() -> transactions
                        .writer()
                        .createGet("PRAGMA synchronous")
                        .execute()
                        .orElseThrow()
                        .column(1)
                        .get(String.class)),
                "on the write connection too");
    }

    @Test
    void foreignKeysAreEnforced() {
        assertEquals("1", pragma("foreign_keys"));
    }

    @Test
    void busyTimeoutComesFromTheSettings() {
        assertEquals("4321", pragma("busy_timeout"));
    }

    /** The pragma's value on a read connection of the store, as a unit of work sees it. */
    private String pragma(String name) {
        SqliteTransactions transactions = (SqliteTransactions) store.transactions();
        return transactions.inTransaction(() -> transactions
                .reader()
                .createGet("PRAGMA " + name)
                .execute()
                .orElseThrow()
                .column(1)
                .get(String.class));
    }
}
