package io.wsnotify.adapter.sqlite;

import io.wsnotify.application.contract.NotificationRoundTripContract;
import io.wsnotify.application.contract.StoreFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link NotificationRoundTripContract} against a SQLite file. */
class SqliteNotificationRoundTripContractTest extends NotificationRoundTripContract {
    @TempDir
    Path folder;

    @Override
    protected StoreFixture newStore() {
        return SqliteFixture.create(folder);
    }
}
