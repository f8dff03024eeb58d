package io.wsnotify.adapter.http;

import io.wsnotify.application.CorePorts;
import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.domain.port.Transactions;
import io.wsnotify.wire.ResourceDataJson;
import io.wsnotify.wire.WireFrame;
import io.wsnotify.wire.WireFrames;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** A real core over the in-memory store, seeded with the demo data, whose store can be made to fail. */
final class SeededCore {
    private SeededCore() {}

    /** While {@code storeFails} is set, every transaction fails as a broken database would. */
    static NotifyCore<WireFrame> create(CoreSettings settings, AtomicBoolean storeFails) {
        InMemoryStore store = new InMemoryStore();
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                if (storeFails.get()) {
                    throw new IllegalStateException("simulated store failure: disk on fire");
                }
                return store.inTransaction(work);
            }
        };
        NotifyCore<WireFrame> core = NotifyCore.create(
                new CorePorts(
                        store.taskRepository(),
                        store.deviceRepository(),
                        store.notificationLog(),
                        transactions,
                        Clock.systemUTC(),
                        () -> UUID.randomUUID().toString(),
                        ZoneId.systemDefault(),
                        new ResourceDataJson()),
                settings,
                new WireFrames(ZoneId.systemDefault(), 1));
        core.seedData().seedIfEmpty();
        return core;
    }
}
