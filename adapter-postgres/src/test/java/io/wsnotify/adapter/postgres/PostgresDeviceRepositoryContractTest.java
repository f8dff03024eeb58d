package io.wsnotify.adapter.postgres;

import io.wsnotify.application.contract.DeviceRepositoryContract;
import io.wsnotify.application.contract.StoreFixture;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs {@link DeviceRepositoryContract} against PostgreSQL. */
class PostgresDeviceRepositoryContractTest extends DeviceRepositoryContract {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    protected StoreFixture newStore() throws Exception {
        return PostgresFixture.create(POSTGRES);
    }
}
