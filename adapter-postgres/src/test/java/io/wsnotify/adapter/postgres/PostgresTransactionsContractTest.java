package io.wsnotify.adapter.postgres;

import io.wsnotify.application.contract.StoreFixture;
import io.wsnotify.application.contract.TransactionsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs {@link TransactionsContract} against PostgreSQL. */
class PostgresTransactionsContractTest extends TransactionsContract {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    protected StoreFixture newStore() throws Exception {
        return PostgresFixture.create(POSTGRES);
    }
}
