package io.wsnotify.systemtests.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.systemtests.support.ConfigurationKeys;
import io.wsnotify.systemtests.support.NginxConfig;
import io.wsnotify.systemtests.support.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/docker-compose.yml, checked statically (there is no Docker engine here): PostgreSQL, three
 * nodes built from the repository's Dockerfile on the ports the shipped nginx.conf proxies to, and
 * nginx running that file; every variable it gives a node is a real configuration key.
 */
class ComposeFileTest {
    private static final List<String> NODES = List.of("node1", "node2", "node3");

    @Test
    void runsPostgresThreeNodesAndNginxWithTheShippedConfiguration() throws IOException {
        Map<String, Map<String, Object>> services = services();
        assertEquals(Set.of("postgres", "node1", "node2", "node3", "nginx"), services.keySet());
        assertEquals(List.of("5050:5050"), services.get("postgres").get("ports"), "only nginx's port is published");
        for (int i = 0; i < NODES.size(); i++) {
            Map<String, Object> node = services.get(NODES.get(i));
            Map<?, ?> build = (Map<?, ?>) node.get("build");
            assertTrue(
                    Files.isRegularFile(Repository.file("deploy")
                            .resolve(build.get("context").toString())
                            .resolve(build.get("dockerfile").toString())),
                    "built from the repository's Dockerfile");
            assertEquals("service:postgres", node.get("network_mode"));
            Map<String, String> environment = environment(node);
            assertEquals(
                    String.valueOf(NginxConfig.NODES.get(i)),
                    environment.get("SERVER_PORT"),
                    "on the port nginx.conf proxies to");
            assertEquals("postgres", environment.get("NOTIFY_STORE"));
            assertEquals(
                    "jdbc:postgresql://127.0.0.1:5432/" + postgres(services).get("POSTGRES_DB"),
                    environment.get("NOTIFY_POSTGRES_URL"));
            assertEquals(postgres(services).get("POSTGRES_USER"), environment.get("NOTIFY_POSTGRES_USER"));
            assertEquals(postgres(services).get("POSTGRES_PASSWORD"), environment.get("NOTIFY_POSTGRES_PASSWORD"));
        }
        Map<String, Object> nginx = services.get("nginx");
        assertEquals("service:postgres", nginx.get("network_mode"));
        assertEquals(List.of("./nginx.conf:/etc/nginx/nginx.conf:ro"), nginx.get("volumes"));
        assertTrue(Files.isRegularFile(Repository.file(NginxConfig.SHIPPED)));
    }

    @Test
    void everyVariableItGivesANodeIsARealConfigurationKey() throws IOException {
        Set<String> known = ConfigurationKeys.keys().stream()
                .map(ConfigurationKeys::environmentVariable)
                .collect(Collectors.toSet());
        for (String node : NODES) {
            for (String variable : environment(services().get(node)).keySet()) {
                assertTrue(
                        known.contains(variable),
                        node + " sets " + variable + ", which is no key of " + ConfigurationKeys.APPLICATION_YAML);
            }
        }
    }

    private static Map<String, String> postgres(Map<String, Map<String, Object>> services) {
        return environment(services.get("postgres"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        return (Map<String, String>) service.get("environment");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Repository.file("deploy/docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }
}
