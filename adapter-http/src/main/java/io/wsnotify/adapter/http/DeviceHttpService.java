package io.wsnotify.adapter.http;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.wsnotify.application.DeviceUseCases;
import io.wsnotify.application.Snapshot;
import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import io.wsnotify.wire.JsonObject;
import io.wsnotify.wire.ResourceJson;
import java.util.List;

/**
 * REST resource {@code /devices} (DESIGN §3): list, read, and a device's report
 * {@code {"online": bool}}, which notifies only when it changes the device.
 */
final class DeviceHttpService implements HttpService {
    private final DeviceUseCases devices;

    DeviceHttpService(DeviceUseCases devices) {
        this.devices = devices;
    }

    @Override
    public void routing(HttpRules rules) {
        ResourceRoute.at(ApiPaths.DEVICES).get(this::list).registerOn(rules);
        ResourceRoute.at(ApiPaths.DEVICE).get(this::get).put(this::report).registerOn(rules);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Snapshot<List<Device>> snapshot = devices.list();
        JsonResponses.snapshot(res, ResourceJson.devices(snapshot.value()), snapshot.seq());
    }

    private void get(ServerRequest req, ServerResponse res) {
        Snapshot<Device> snapshot = devices.get(new DeviceId(PathIds.id(req)));
        JsonResponses.snapshot(res, ResourceJson.device(snapshot.value()).json(), snapshot.seq());
    }

    private void report(ServerRequest req, ServerResponse res) {
        DeviceId id = new DeviceId(PathIds.id(req));
        boolean online = online(JsonBody.required(req));
        Device device = devices.report(id, online).value();
        JsonResponses.send(res, Status.OK_200, ResourceJson.device(device).json());
    }

    private static boolean online(JsonObject body) {
        FieldErrors errors = new FieldErrors();
        JsonFields fields = new JsonFields(body, errors);
        Boolean online = fields.bool("online");
        if (online == null && errors.isEmpty()) {
            errors.add("online", "is required");
        }
        errors.throwIfAny();
        return online;
    }
}
