package io.wsnotify.application.contract;

/** Runs {@link NotificationFilterContract} against the in-memory store. */
class InMemoryNotificationFilterContractTest extends NotificationFilterContract {
    @Override
    protected StoreFixture newStore() {
        return InMemoryFixture.create();
    }
}
