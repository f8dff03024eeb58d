package io.wsnotify.adapter.postgres;

import io.wsnotify.application.contract.StoreFixture;
import io.wsnotify.application.contract.TaskRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs {@link TaskRepositoryContract} against PostgreSQL. */
class PostgresTaskRepositoryContractTest extends TaskRepositoryContract {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    protected StoreFixture newStore() throws Exception {
        return PostgresFixture.create(POSTGRES);
    }
}
