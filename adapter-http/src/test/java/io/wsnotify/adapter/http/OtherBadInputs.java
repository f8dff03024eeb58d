package io.wsnotify.adapter.http;

import static io.wsnotify.adapter.http.BadInputCase.bad;
import static io.wsnotify.adapter.http.BadInputCase.typed;
import static io.wsnotify.adapter.http.BadInputCase.withHeader;
import static io.wsnotify.adapter.http.TaskBadInputs.DEEP_NESTING;
import static io.wsnotify.adapter.http.TaskBadInputs.HUGE_EXPONENT;
import static io.wsnotify.adapter.http.TaskBadInputs.LONG_NUMBER;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Bad requests to devices, /notify, /notifications, /events and unknown paths, for {@link BadInputTest}. */
final class OtherBadInputs {
    private static final String LONG_MESSAGE = "m".repeat(4097);

    private OtherBadInputs() {}

    static Stream<BadInputCase> all() {
        return Stream.of(devices(), publishing(), notifications(), events(), elsewhere())
                .flatMap(s -> s);
    }

    static Stream<Arguments> methodNotAllowed() {
        return Stream.of(
                Arguments.of(bad("DELETE", "/tasks", null, 405, null), "GET, POST"),
                Arguments.of(bad("PATCH", "/tasks/1", null, 405, null), "GET, PUT, DELETE"),
                Arguments.of(bad("POST", "/devices/1", null, 405, null), "GET, PUT"),
                Arguments.of(bad("GET", "/notify", null, 405, null), "POST"),
                Arguments.of(bad("DELETE", "/notifications/", null, 405, null), "GET"),
                Arguments.of(bad("POST", "/events", null, 405, null), "GET"));
    }

    private static Stream<BadInputCase> devices() {
        return Stream.of(
                bad("GET", "/devices/abc", null, 400, "id"),
                bad("GET", "/devices/0", null, 400, "id"),
                bad("GET", "/devices/999", null, 404, null),
                bad("PUT", "/devices/1", "{\"online\":\"yes\"}", 422, "online"),
                bad("PUT", "/devices/1", "{\"online\":1}", 422, "online"),
                bad("PUT", "/devices/1", "{}", 422, "online"),
                bad("PUT", "/devices/1", "", 400, null),
                bad("PUT", "/devices/1", "{online:true}", 400, null),
                bad("PUT", "/devices/1", "{\"online\":" + HUGE_EXPONENT + "}", 400, null),
                bad("PUT", "/devices/1", DEEP_NESTING, 400, null),
                bad("PUT", "/devices/1", "{\"online\":" + LONG_NUMBER + "}", 400, null),
                bad("PUT", "/devices/1", "{\"online\":true,\"note\":\"\\ud800\"}", 400, null),
                typed("PUT", "/devices/1", "application/json; charset=utf-16", "{\"online\":false}", 415),
                bad("GET", "/devices%2F1", null, 404, null),
                typed("PUT", "/devices/1", "text/plain", "{\"online\":false}", 415),
                bad("PUT", "/devices/abc", "{\"online\":false}", 400, "id"),
                bad("PUT", "/devices/999", "{\"online\":false}", 404, null),
                bad("DELETE", "/devices/1", null, 405, null));
    }

    private static Stream<BadInputCase> publishing() {
        return Stream.of(
                bad("POST", "/notify", "{\"message\":\"\"}", 422, "message"),
                bad("POST", "/notify", "{\"message\":5}", 422, "message"),
                bad("POST", "/notify", "{\"message\":true}", 422, "message"),
                bad("POST", "/notify", "{\"message\":{\"text\":\"hi\"}}", 422, "message"),
                bad("POST", "/notify", "{\"message\":\"" + LONG_MESSAGE + "\"}", 422, "message"),
                bad("POST", "/notify", "{\"message\":\"m\",\"type\":\"LOUD\"}", 422, "type"),
                bad("POST", "/notify", "{\"message\":\"m\",\"type\":\"info\"}", 422, "type"),
                bad("POST", "/notify", "{\"message\":\"m\",\"topic\":\"Bad Topic\"}", 422, "topic"),
                bad("POST", "/notify", "{\"message\":\"m\",\"to\":\"bad id!\"}", 422, "to"),
                bad("POST", "/notify", "{\"message\":\"m\",\"url\":5}", 422, "url"),
                bad("POST", "/notify", "\"just a string\"", 422, "body"),
                bad("POST", "/notify", "", 400, null),
                bad("POST", "/notify", "{\"message\":\"m\"", 400, null),
                bad("POST", "/notify", "{\"message\":\"m\",\"data\":" + HUGE_EXPONENT + "}", 400, null),
                bad("POST", "/notify", "{\"message\":\"m\",\"extra\":" + DEEP_NESTING + "}", 400, null),
                bad("POST", "/notify", "{\"message\":\"m\",\"data\":[" + LONG_NUMBER + "]}", 400, null),
                bad("POST", "/notify", "{\"message\":\"a\\ud800b\"}", 400, null),
                bad("POST", "/notify", "{\"text\":\"hi\",\"data\":{\"k\":\"\\udfff\"}}", 400, null),
                bad("POST", "/notify", "{\"text\":\"line\nbreak\"}", 400, null),
                bad("POST", "/notify", "{\"text\":1e1101}", 400, null),
                typed("POST", "/notify", "application/json; charset=utf-16", "{\"message\":\"m\"}", 415),
                typed("POST", "/notify", "text/plain", "{\"message\":\"m\"}", 415),
                bad("GET", "/notify", null, 405, null));
    }

    private static Stream<BadInputCase> notifications() {
        return Stream.of(
                bad("GET", "/notifications?since=x", null, 400, "since"),
                bad("GET", "/notifications?since=-1", null, 400, "since"),
                bad("GET", "/notifications?since=1&since=2", null, 400, "since"),
                bad("GET", "/notifications?since=", null, 400, "since"),
                bad("GET", "/notifications?since", null, 400, "since"),
                bad("GET", "/notifications?since=9223372036854775808", null, 400, "since"),
                bad("GET", "/notifications?topics=a,", null, 400, "topics"),
                bad("GET", "/notifications?topics=%20", null, 400, "topics"),
                bad("GET", "/notifications?limit=0", null, 400, "limit"),
                bad("GET", "/notifications?limit=1001", null, 400, "limit"),
                bad("GET", "/notifications?topics=Bad!", null, 400, "topics"),
                bad("GET", "/notifications?topics=a,,b", null, 400, "topics"),
                bad("GET", "/notifications?client_id=bad%20id", null, 400, "client_id"),
                bad("POST", "/notifications", "{}", 405, null));
    }

    private static Stream<BadInputCase> events() {
        return Stream.of(
                bad("GET", "/events?since=x", null, 400, "since"),
                bad("GET", "/events?since=", null, 400, "since"),
                bad("GET", "/events?since=+1", null, 400, "since"),
                bad("GET", "/events?topics=BAD", null, 400, "topics"),
                bad("GET", "/events?topics=a,,b", null, 400, "topics"),
                bad("GET", "/events?client_id=no%20spaces", null, 400, "client_id"),
                withHeader("/events", "Last-Event-ID", "abc", 400, "Last-Event-ID"),
                withHeader("/events", "Last-Event-ID", "-1", 400, "Last-Event-ID"),
                withHeader("/events", "Last-Event-ID", "9223372036854775808", 400, "Last-Event-ID"),
                bad("GET", "/events%2F", null, 404, null),
                bad("POST", "/events", null, 405, null));
    }

    private static Stream<BadInputCase> elsewhere() {
        return Stream.of(
                bad("GET", "/nope", null, 404, null),
                bad("GET", "/tasks/1/extra", null, 404, null),
                bad("POST", "/nope", "{}", 404, null),
                bad("GET", "/web/missing.js", null, 404, null));
    }
}
