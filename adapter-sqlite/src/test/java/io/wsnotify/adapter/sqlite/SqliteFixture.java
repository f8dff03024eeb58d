package io.wsnotify.adapter.sqlite;

import io.wsnotify.application.contract.StoreFixture;
import java.nio.file.Path;

/** A fresh SQLite store in a folder of its own, as a contract fixture. */
final class SqliteFixture {
    private SqliteFixture() {}

    static StoreFixture create(Path folder) {
        SqliteStore store = SqliteStore.open(SqliteSettings.of(folder.resolve("notify.db")));
        return new StoreFixture(
                store.transactions(), store.taskRepository(), store.deviceRepository(), store.notificationLog(), store);
    }
}
