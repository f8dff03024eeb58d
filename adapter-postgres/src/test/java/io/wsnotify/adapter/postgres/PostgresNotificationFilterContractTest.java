package io.wsnotify.adapter.postgres;

import io.wsnotify.application.contract.NotificationFilterContract;
import io.wsnotify.application.contract.StoreFixture;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs {@link NotificationFilterContract} against PostgreSQL. */
class PostgresNotificationFilterContractTest extends NotificationFilterContract {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    protected StoreFixture newStore() throws Exception {
        return PostgresFixture.create(POSTGRES);
    }
}
