package io.wsnotify.adapter.postgres;

import io.wsnotify.application.contract.NotificationPruneContract;
import io.wsnotify.application.contract.StoreFixture;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs {@link NotificationPruneContract} against PostgreSQL. */
class PostgresNotificationPruneContractTest extends NotificationPruneContract {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    protected StoreFixture newStore() throws Exception {
        return PostgresFixture.create(POSTGRES);
    }
}
