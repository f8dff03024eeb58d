package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wrong method on any path the server serves is a 405 problem with {@code Allow} (issue 9.9),
 * at the wire level; a path nothing is served at stays a 404 whatever the method.
 */
class MethodNotAllowedTest {
    @RegisterExtension
    static final TestServer server = TestServer.create().withDocs();

    @ParameterizedTest(name = "{0} {1} -> 405, Allow: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "TRACE|/|GET",
                "POST|/|GET",
                "PUT|/|GET",
                "DELETE|/|GET",
                "POST|/web/app.js|GET",
                "DELETE|/web/style.css|GET",
                "DELETE|/docs|GET",
                "PUT|/openapi|GET",
                "POST|/openapi.json|GET",
                "DELETE|/redoc/|GET",
                "POST|/docs/init.js|GET",
                "PUT|/docs/assets/swagger-ui.css|GET",
                "POST|/observe/health|GET",
                "PUT|/observe/health/ready/|GET",
                "DELETE|/observe/health/live|GET",
                "POST|/observe/metrics|GET",
                "TRACE|/tasks|GET, POST",
                "PATCH|/tasks/1|GET, PUT, DELETE",
                "TRACE|/devices/|GET",
                "DELETE|/notify|POST",
                "TRACE|/notifications|GET",
                "POST|/events/|GET",
                "POST|/ws/me|GET",
                "DELETE|/ws/me/|GET"
            })
    void aWrongMethodOnAServedPathIsA405NamingTheAllowedOnes(String method, String path, String allowed) {
        String response = RawHttp.exchange(
                server, method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 405 "), response);
        assertTrue(response.contains("\r\nAllow: " + allowed + "\r\n"), response);
        assertTrue(response.contains("\r\nContent-Type: application/problem+json\r\n"), response);
        assertEquals(405, ResponseJson.object(RawHttp.body(response)).getInt("status"));
    }

    @ParameterizedTest(name = "{0} {1} -> 404")
    @CsvSource(
            delimiter = '|',
            value = {
                "TRACE|/nope",
                "POST|/web/missing.js",
                "DELETE|/web/",
                "POST|/web/../pom.xml",
                "PUT|/docs/assets/missing.css",
                "POST|/tasks/1/extra",
                "DELETE|/ws",
                "POST|/observe/nothing"
            })
    void aPathNothingIsServedAtStaysA404(String method, String path) {
        String response = RawHttp.exchange(
                server, method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 404 "), response);
        assertTrue(response.contains("\r\nContent-Type: application/problem+json\r\n"), response);
    }
}
