package io.wsnotify.adapter.simulator;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import io.wsnotify.domain.port.DeviceRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A device repository whose first few saves fail, as a database outage would. */
final class FailingDeviceRepository implements DeviceRepository {
    private final DeviceRepository delegate;
    private final AtomicInteger failuresLeft;

    FailingDeviceRepository(DeviceRepository delegate, int failures) {
        this.delegate = delegate;
        this.failuresLeft = new AtomicInteger(failures);
    }

    int failuresLeft() {
        return failuresLeft.get();
    }

    @Override
    public Device add(String name, boolean online, Instant at) {
        return delegate.add(name, online, at);
    }

    @Override
    public Optional<Device> find(DeviceId id) {
        return delegate.find(id);
    }

    @Override
    public List<Device> list() {
        return delegate.list();
    }

    @Override
    public void save(Device device) {
        if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("simulated outage");
        }
        delegate.save(device);
    }

    @Override
    public long count() {
        return delegate.count();
    }
}
