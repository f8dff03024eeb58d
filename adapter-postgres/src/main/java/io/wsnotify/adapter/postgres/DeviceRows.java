package io.wsnotify.adapter.postgres;

import io.helidon.dbclient.DbRow;
import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import java.util.List;

/** Maps rows of table {@code devices} to devices and back. */
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
                device.online(),
                Column.parameter(device.updatedAt()),
                device.id().value());
    }
}
