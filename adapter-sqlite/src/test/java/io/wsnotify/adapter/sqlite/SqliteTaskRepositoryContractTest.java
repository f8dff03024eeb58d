package io.wsnotify.adapter.sqlite;

import io.wsnotify.application.contract.TaskRepositoryContract;
import io.wsnotify.application.contract.StoreFixture;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Runs {@link TaskRepositoryContract} against a SQLite file. */
class SqliteTaskRepositoryContractTest extends TaskRepositoryContract {
    @TempDir
    Path folder;

    @Override
    protected StoreFixture newStore() {
        return SqliteFixture.create(folder);
    }
}
