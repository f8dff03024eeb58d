package io.wsnotify.adapter.sqlite;

import io.wsnotify.application.contract.NotificationPruneContract;
import io.wsnotify.application.contract.StoreFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link NotificationPruneContract} against a SQLite file. */
class SqliteNotificationPruneContractTest extends NotificationPruneContract {
    @TempDir
    Path folder;

    @Override
    protected StoreFixture newStore() {
        return SqliteFixture.create(folder);
    }
}
