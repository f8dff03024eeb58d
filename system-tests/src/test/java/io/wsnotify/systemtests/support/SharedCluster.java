package io.wsnotify.systemtests.support;

import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving test classes one quiet {@link Cluster} (simulator off) for the whole run:
 * started by the first class that needs it, stopped when the run ends. Register it on a static field
 * with {@code @RegisterExtension}. A class that uses it leaves it as it found it: three ready nodes,
 * PostgreSQL and nginx running, no client connected (a class that kills a node has its own cluster).
 */
public final class SharedCluster implements BeforeAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedCluster.class);

    private Cluster cluster;

    @Override
    public void beforeAll(ExtensionContext context) {
        cluster = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        Running.class, key -> new Running(Cluster.start("shared", Map.of())), Running.class)
                .cluster();
    }

    public Cluster get() {
        return cluster;
    }

    /** Stops the cluster when the run ends. */
    private record Running(Cluster cluster) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            cluster.close();
        }
    }
}
