package io.wsnotify.application.contract;

/** Runs {@link NotificationLogContract} against the in-memory store. */
class InMemoryNotificationLogContractTest extends NotificationLogContract {
    @Override
    protected StoreFixture newStore() {
        return InMemoryFixture.create();
    }
}
