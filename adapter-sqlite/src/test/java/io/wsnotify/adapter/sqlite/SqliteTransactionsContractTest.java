package io.wsnotify.adapter.sqlite;

import io.wsnotify.application.contract.StoreFixture;
import io.wsnotify.application.contract.TransactionsContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link TransactionsContract} against a SQLite file. */
class SqliteTransactionsContractTest extends TransactionsContract {
    @TempDir
    Path folder;

    @Override
    protected StoreFixture newStore() {
        return SqliteFixture.create(folder);
    }
}
