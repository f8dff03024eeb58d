package io.wsnotify.adapter.postgres;

import io.wsnotify.application.contract.NotificationLogContract;
import io.wsnotify.application.contract.StoreFixture;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs {@link NotificationLogContract} against PostgreSQL. */
class PostgresNotificationLogContractTest extends NotificationLogContract {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    protected StoreFixture newStore() throws Exception {
        return PostgresFixture.create(POSTGRES);
    }
}
