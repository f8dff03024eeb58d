package io.wsnotify.application.contract;

import io.wsnotify.application.memory.InMemoryStore;

/** A fresh in-memory store as a contract fixture. */
final class InMemoryFixture {
    private InMemoryFixture() {}

    static StoreFixture create() {
        InMemoryStore store = new InMemoryStore();
        return new StoreFixture(
                store, store.taskRepository(), store.deviceRepository(), store.notificationLog(), () -> {});
    }
}
