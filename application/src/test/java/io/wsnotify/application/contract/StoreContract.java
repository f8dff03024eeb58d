package io.wsnotify.application.contract;

import io.wsnotify.domain.port.DeviceRepository;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.TaskRepository;
import io.wsnotify.domain.port.Transactions;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the port contracts: gives each test a fresh, empty store from {@link #newStore()} and
 * closes it afterwards. An adapter runs a contract by extending it and implementing the factory.
 */
public abstract class StoreContract {
    private StoreFixture store;

    /** A fresh, empty store; called before every test. */
    protected abstract StoreFixture newStore() throws Exception;

    @BeforeEach
    final void openStore() throws Exception {
        store = newStore();
    }

    @AfterEach
    final void closeStore() throws Exception {
        store.closer().close();
    }

    protected final Transactions transactions() {
        return store.transactions();
    }

    protected final TaskRepository tasks() {
        return store.tasks();
    }

    protected final DeviceRepository devices() {
        return store.devices();
    }

    protected final NotificationLog log() {
        return store.log();
    }

    /** Runs {@code work} in a unit of work, as the core calls the repositories. */
    protected final <T> T tx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    /** Runs {@code work} in a unit of work for its effect only. */
    protected final void txRun(Runnable work) {
        store.transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
