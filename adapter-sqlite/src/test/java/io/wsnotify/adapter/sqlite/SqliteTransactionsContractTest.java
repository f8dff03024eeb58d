package io.wsnotify.adapter.sqlite;

import io.wsnotify.application.contract.TransactionsContract;
import io.wsnotify.application.contract.StoreFixture;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Runs {@link TransactionsContract} against a SQLite file. */
class SqliteTransactionsContractTest extends TransactionsContract {
    @TempDir
    Path folder;

    @Override
    protected StoreFixture newStore() {
        return SqliteFixture.create(folder);
    }
}
