package io.wsnotify.application.contract;

/** Runs {@link TaskRepositoryContract} against the in-memory store. */
class InMemoryTaskRepositoryContractTest extends TaskRepositoryContract {
    @Override
    protected StoreFixture newStore() {
        return InMemoryFixture.create();
    }
}
