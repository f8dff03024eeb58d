package io.wsnotify.application.contract;

/** Runs {@link NotificationRoundTripContract} against the in-memory store. */
class InMemoryNotificationRoundTripContractTest extends NotificationRoundTripContract {
    @Override
    protected StoreFixture newStore() {
        return InMemoryFixture.create();
    }
}
