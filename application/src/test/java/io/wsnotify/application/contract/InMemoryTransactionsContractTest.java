package io.wsnotify.application.contract;

/** Runs {@link TransactionsContract} against the in-memory store. */
class InMemoryTransactionsContractTest extends TransactionsContract {
    @Override
    protected StoreFixture newStore() {
        return InMemoryFixture.create();
    }
}
