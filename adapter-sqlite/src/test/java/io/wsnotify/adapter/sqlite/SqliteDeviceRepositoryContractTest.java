package io.wsnotify.adapter.sqlite;

import io.wsnotify.application.contract.DeviceRepositoryContract;
import io.wsnotify.application.contract.StoreFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link DeviceRepositoryContract} against a SQLite file. */
class SqliteDeviceRepositoryContractTest extends DeviceRepositoryContract {
    @TempDir
    Path folder;

    @Override
    protected StoreFixture newStore() {
        return SqliteFixture.create(folder);
    }
}
