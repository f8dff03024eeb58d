package io.wsnotify.adapter.postgres;

import io.wsnotify.application.contract.NotificationRoundTripContract;
import io.wsnotify.application.contract.StoreFixture;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs {@link NotificationRoundTripContract} against PostgreSQL. */
class PostgresNotificationRoundTripContractTest extends NotificationRoundTripContract {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    protected StoreFixture newStore() throws Exception {
        return PostgresFixture.create(POSTGRES);
    }
}
