package io.wsnotify.adapter.http.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The path list bootstrap compares with the server's routes. */
class ApiDocsPathsTest {

    @Test
    void listsEveryDocumentedPathInOrder() {
        assertEquals(
                List.of(
                        "/tasks",
                        "/tasks/{id}",
                        "/devices",
                        "/devices/{id}",
                        "/notify",
                        "/notifications",
                        "/events",
                        "/ws/{client_id}",
                        "/openapi",
                        "/openapi.json",
                        "/docs",
                        "/redoc",
                        "/observe/health",
                        "/observe/health/live",
                        "/observe/health/ready",
                        "/observe/metrics",
                        "/"),
                List.copyOf(ApiDocs.documentedPaths()));
    }

    @Test
    void listsTheMethodsOfEachPath() {
        Map<String, Set<String>> operations = ApiDocs.documentedOperations();
        assertEquals(Set.of("GET", "POST"), operations.get("/tasks"));
        assertEquals(Set.of("GET", "PUT", "DELETE"), operations.get("/tasks/{id}"));
        assertEquals(Set.of("GET", "PUT"), operations.get("/devices/{id}"));
        assertEquals(Set.of("POST"), operations.get("/notify"));
        assertEquals(Set.of("GET"), operations.get("/ws/{client_id}"));
    }
}
