package io.wsnotify.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.helidon.dbclient.DbClientException;
import io.wsnotify.application.contract.SampleDrafts;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit of work that fails, also inside SQLite itself, leaves nothing behind and no connection lost. */
class FailedTransactionTest {
    @TempDir
    Path folder;

    private SqliteStore store;
    private SqliteTransactions transactions;

    @BeforeEach
    void open() {
        store = SqliteStore.open(SqliteSettings.of(folder.resolve("notify.db")));
        transactions = (SqliteTransactions) store.transactions();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFailingStatementRollsBackEverythingBeforeIt() {
        assertThrows(
                DbClientException.class,
                () -> transactions.inTransaction(() -> {
                    store.taskRepository().add(new TaskName("doomed"), TaskStatus.PENDING, SampleDrafts.T0);
                    store.notificationLog().append(SampleDrafts.draft("doomed"));
                    return transactions
                            .writer()
                            .createInsert("INSERT INTO no_such_table VALUES (1)")
                            .execute();
                }));
        assertEquals(0, store.taskRepository().count());
        assertEquals(new LogBounds(0, 0), store.notificationLog().bounds());
    }

    @Test
    void failuresDoNotLeakConnections() {
        for (int i = 0; i < 50; i++) {
            assertThrows(
                    DbClientException.class,
                    () -> transactions.inTransaction(() -> {
                        store.notificationLog().append(SampleDrafts.draft("doomed"));
                        return transactions
                                .writer()
                                .createInsert("INSERT INTO no_such_table VALUES (1)")
                                .execute();
                    }));
            assertThrows(
                    IllegalStateException.class,
                    () -> transactions.inTransaction(() -> {
                        store.notificationLog().append(SampleDrafts.draft("doomed"));
                        throw new IllegalStateException("boom");
                    }));
        }
        assertEquals(
                1,
                transactions
                        .inTransaction(() -> store.notificationLog().append(SampleDrafts.draft("ok")))
                        .seq());
    }
}
