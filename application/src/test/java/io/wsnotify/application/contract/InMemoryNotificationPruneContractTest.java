package io.wsnotify.application.contract;

/** Runs {@link NotificationPruneContract} against the in-memory store. */
class InMemoryNotificationPruneContractTest extends NotificationPruneContract {
    @Override
    protected StoreFixture newStore() {
        return InMemoryFixture.create();
    }
}
