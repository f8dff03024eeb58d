package io.wsnotify.adapter.sqlite;

import io.wsnotify.application.contract.NotificationFilterContract;
import io.wsnotify.application.contract.StoreFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link NotificationFilterContract} against a SQLite file. */
class SqliteNotificationFilterContractTest extends NotificationFilterContract {
    @TempDir
    Path folder;

    @Override
    protected StoreFixture newStore() {
        return SqliteFixture.create(folder);
    }
}
