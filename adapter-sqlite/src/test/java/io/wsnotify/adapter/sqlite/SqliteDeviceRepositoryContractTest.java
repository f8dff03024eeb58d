package io.wsnotify.adapter.sqlite;

import io.wsnotify.application.contract.DeviceRepositoryContract;
import io.wsnotify.application.contract.StoreFixture;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Runs {@link DeviceRepositoryContract} against a SQLite file. */
class SqliteDeviceRepositoryContractTest extends DeviceRepositoryContract {
    @TempDir
    Path folder;

    @Override
    protected StoreFixture newStore() {
        return SqliteFixture.create(folder);
    }
}
