package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.contract.SampleDrafts;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Visibility;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pooled connections that the server ended (a restart, an administrator) since they were last used
 * cost no request: the first statement of a read, a read unit or a write unit runs again on a new
 * connection.
 */
class StaleConnectionTest {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private String database;
    private PostgresStore store;

    @BeforeEach
    void open() {
        database = POSTGRES.newDatabase();
        store = PostgresStore.open(POSTGRES.settings(database));
        store.notificationLog().append(SampleDrafts.draft("before"));
    }

    @AfterEach
    void close() {
        store.close();
        POSTGRES.drop(database);
    }

    @Test
    void aReadAloneRunsAgainOnANewConnection() {
        endEveryPooledSession();
        assertEquals(new LogBounds(1, 1), store.notificationLog().bounds());
    }

    @Test
    void aReadUnitRunsAgainOnANewConnection() {
        endEveryPooledSession();
        assertEquals(
                1,
                store.notificationLog()
                        .read(new LogQuery(0, Set.of(), Visibility.everything(), 10))
                        .size());
    }

    @Test
    void aWriteUnitRunsAgainOnANewConnection() {
        endEveryPooledSession();
        assertEquals(
                2, store.notificationLog().append(SampleDrafts.draft("after")).seq());
    }

    /** Ends every session of the store's pool, just after this thread used one of them. */
    private void endEveryPooledSession() {
        assertEquals(new LogBounds(1, 1), store.notificationLog().bounds());
        assertTrue(POSTGRES.server().terminate(database, ConnectionOpener.APPLICATION) >= 1);
    }
}
