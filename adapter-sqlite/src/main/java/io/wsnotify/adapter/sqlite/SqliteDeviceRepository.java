package io.wsnotify.adapter.sqlite;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import io.wsnotify.domain.port.DeviceRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link DeviceRepository} on table {@code devices}. */
final class SqliteDeviceRepository implements DeviceRepository {
    private static final String INSERT = "INSERT INTO devices (name, online, updated_at) VALUES (?, ?, ?) RETURNING id";
    private static final String FIND = "SELECT " + DeviceRows.COLUMNS + " FROM devices WHERE id = ?";
    private static final String LIST = "SELECT " + DeviceRows.COLUMNS + " FROM devices ORDER BY id";
    private static final String UPDATE = "UPDATE devices SET name = ?, online = ?, updated_at = ? WHERE id = ?";
    private static final String COUNT = "SELECT count(*) FROM devices";

    private final SqliteTransactions transactions;

    SqliteDeviceRepository(SqliteTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Device add(String name, boolean online, Instant at) {
        long millis = at.toEpochMilli();
        long id = transactions
                .writer()
                .createGet(INSERT)
                .params(name, online ? 1 : 0, millis)
                .execute()
                .map(row -> Column.longValue(row, 1))
                .orElseThrow();
        return new Device(new DeviceId(id), name, online, Instant.ofEpochMilli(millis));
    }

    @Override
    public Optional<Device> find(DeviceId id) {
        return transactions
                .reader()
                .createGet(FIND)
                .params(id.value())
                .execute()
                .map(DeviceRows::device);
    }

    @Override
    public List<Device> list() {
        return transactions
                .reader()
                .createQuery(LIST)
                .execute()
                .map(DeviceRows::device)
                .toList();
    }

    @Override
    public void save(Device device) {
        transactions
                .writer()
                .createUpdate(UPDATE)
                .params(DeviceRows.update(device))
                .execute();
    }

    @Override
    public long count() {
        return transactions
                .reader()
                .createGet(COUNT)
                .execute()
                .map(row -> Column.longValue(row, 1))
                .orElse(0L);
    }
}
