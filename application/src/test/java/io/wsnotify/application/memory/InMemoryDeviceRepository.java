package io.wsnotify.application.memory;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import io.wsnotify.domain.port.DeviceRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link DeviceRepository} in memory. */
public final class InMemoryDeviceRepository implements DeviceRepository {
    private final InMemoryStore store;

    InMemoryDeviceRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Device add(String name, boolean online, Instant at) {
        return store.locked(() -> {
            Device device = new Device(new DeviceId(++store.lastDeviceId), name, online, at);
            store.devices.put(device.id().value(), device);
            return device;
        });
    }

    @Override
    public Optional<Device> find(DeviceId id) {
        return store.locked(() -> Optional.ofNullable(store.devices.get(id.value())));
    }

    @Override
    public List<Device> list() {
        return store.locked(() -> List.copyOf(store.devices.values()));
    }

    @Override
    public void save(Device device) {
        store.locked(() -> store.devices.replace(device.id().value(), device));
    }

    @Override
    public long count() {
        return store.locked(() -> (long) store.devices.size());
    }
}
