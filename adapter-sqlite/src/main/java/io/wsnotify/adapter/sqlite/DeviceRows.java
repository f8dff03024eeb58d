package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbRow;
import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import java.util.List;

/** Maps rows of table {@code devices} to devices and back; {@code online} is 0 or 1. */
final class DeviceRows {
    static final String COLUMNS = "id, name, online, updated_at";

    private DeviceRows() {}

    static Device device(DbRow row) {
        return new Device(
                new DeviceId(Column.longValue(row, 1)),
                Column.text(row, 2),
                Column.flag(row, 3),
                Column.instant(row, 4));
    }

    /** Parameters for {@code SET name = ?, online = ?, updated_at = ? WHERE id = ?}. */
    static List<Object> update(Device device) {
        return List.of(
                device.name(),
                device.online() ? 1 : 0,
                device.updatedAt().toEpochMilli(),
                device.id().value());
    }
}
