package io.wsnotify.application;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import io.wsnotify.domain.NotFoundException;
import io.wsnotify.domain.port.DeviceRepository;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Transactions;
import java.time.InstantSource;
import java.util.List;

/** {@link DeviceUseCases}: list and read devices; record what a device reports (notifying only on a change). */
final class DeviceService implements DeviceUseCases {
    private final DeviceRepository devices;
    private final NotificationLog log;
    private final Transactions transactions;
    private final ChangeRecorder recorder;
    private final NotificationDrafts drafts;
    private final InstantSource clock;

    DeviceService(
            DeviceRepository devices,
            NotificationLog log,
            Transactions transactions,
            ChangeRecorder recorder,
            NotificationDrafts drafts,
            InstantSource clock) {
        this.devices = devices;
        this.log = log;
        this.transactions = transactions;
        this.recorder = recorder;
        this.drafts = drafts;
        this.clock = clock;
    }

    @Override
    public Snapshot<List<Device>> list() {
        return transactions.inTransaction(
                () -> new Snapshot<>(devices.list(), log.bounds().newest()));
    }

    @Override
    public Snapshot<Device> get(DeviceId id) {
        return transactions.inTransaction(
                () -> new Snapshot<>(existing(id), log.bounds().newest()));
    }

    /** A device reports its state; an unchanged report is stored nowhere and notifies nobody. */
    @Override
    public Recorded<Device> report(DeviceId id, boolean online) {
        Recorded<Outcome> outcome = recorder.recordIf(
                () -> {
                    Device device = existing(id);
                    if (!device.changesWith(online)) {
                        return new Outcome(device, false);
                    }
                    Device changed = device.report(online, clock.instant());
                    devices.save(changed);
                    return new Outcome(changed, true);
                },
                Outcome::changed,
                result -> drafts.deviceChanged(result.device()));
        return new Recorded<>(outcome.value().device(), outcome.notification(), outcome.recipients());
    }

    /** Flips the device's state, as the simulator does. */
    @Override
    public Recorded<Device> toggle(DeviceId id) {
        return recorder.record(
                () -> {
                    Device changed = existing(id);
                    changed = changed.report(!changed.online(), clock.instant());
                    devices.save(changed);
                    return changed;
                },
                drafts::deviceChanged);
    }

    private Device existing(DeviceId id) {
        return devices.find(id).orElseThrow(() -> NotFoundException.device(id));
    }

    private record Outcome(Device device, boolean changed) {}
}
