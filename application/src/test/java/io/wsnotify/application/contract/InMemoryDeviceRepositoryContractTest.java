package io.wsnotify.application.contract;

/** Runs {@link DeviceRepositoryContract} against the in-memory store. */
class InMemoryDeviceRepositoryContractTest extends DeviceRepositoryContract {
    @Override
    protected StoreFixture newStore() {
        return InMemoryFixture.create();
    }
}
