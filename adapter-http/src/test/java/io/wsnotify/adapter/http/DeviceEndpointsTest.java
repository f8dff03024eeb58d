package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceEndpointsTest {
    @RegisterExtension
    static final TestServer server = TestServer.create();

    @ParameterizedTest
    @ValueSource(strings = {"/devices", "/devices/"})
    void listsTheSeedDevicesWithNotifySeq(String path) {
        HttpResponse<String> response = server.get(path).send();

        JsonArray devices = ResponseJson.array(response.body());
        assertEquals(200, response.statusCode());
        assertEquals(
                Long.toString(server.newestSeq()),
                response.headers().firstValue("Notify-Seq").orElseThrow());
        assertEquals(10, devices.size());
        assertEquals(
                List.of("id", "name", "online", "updated_at"),
                List.copyOf(devices.getJsonObject(0).keySet()));
        assertEquals("Device U1", devices.getJsonObject(0).getString("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/devices/3", "/devices/3/"})
    void readsOneDevice(String path) {
        HttpResponse<String> response = server.get(path).send();

        assertEquals(200, response.statusCode());
        assertEquals("Device U3", ResponseJson.object(response.body()).getString("name"));
        assertEquals(
                Long.toString(server.newestSeq()),
                response.headers().firstValue("Notify-Seq").orElseThrow());
    }

    @Test
    void aReportNotifiesOnlyWhenItChangesTheDevice() {
        long before = server.newestSeq();

        HttpResponse<String> changed =
                server.call("PUT", "/devices/2").json("{\"online\": true}").send();
        HttpResponse<String> unchanged =
                server.call("PUT", "/devices/2/").json("{\"online\": true}").send();

        JsonObject device = ResponseJson.object(unchanged.body());
        assertEquals(200, changed.statusCode());
        assertEquals(200, unchanged.statusCode());
        assertEquals(true, device.getBoolean("online"));
        assertEquals(
                List.of("Device Device U2 is now online"),
                server.loggedAfter(before).stream()
                        .map(n -> n.content().message())
                        .toList());
    }

    @Test
    void unknownDeviceIsANotFoundProblem() {
        ProblemAssert.assertProblem(server.get("/devices/999").send(), 404);
        ProblemAssert.assertProblem(
                server.call("PUT", "/devices/999").json("{\"online\":false}").send(), 404);
    }
}
