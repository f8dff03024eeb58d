package io.wsnotify.adapter.sqlite;

import io.wsnotify.application.contract.StoreFixture;
import io.wsnotify.application.contract.TaskRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link TaskRepositoryContract} against a SQLite file. */
class SqliteTaskRepositoryContractTest extends TaskRepositoryContract {
    @TempDir
    Path folder;

    @Override
    protected StoreFixture newStore() {
        return SqliteFixture.create(folder);
    }
}
