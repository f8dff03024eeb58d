package io.wsnotify.adapter.sqlite;

import io.wsnotify.application.contract.NotificationLogContract;
import io.wsnotify.application.contract.StoreFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link NotificationLogContract} against a SQLite file. */
class SqliteNotificationLogContractTest extends NotificationLogContract {
    @TempDir
    Path folder;

    @Override
    protected StoreFixture newStore() {
        return SqliteFixture.create(folder);
    }
}
