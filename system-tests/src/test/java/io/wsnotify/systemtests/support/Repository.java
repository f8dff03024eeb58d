package io.wsnotify.systemtests.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find what they check: the repository's root (deploy/, Dockerfile, application.yaml)
 * and the built server jar, both given by the build as system properties.
 */
public final class Repository {
    private Repository() {}

    public static Path root() {
        return Path.of(required("system-tests.root")).toAbsolutePath().normalize();
    }

    public static Path file(String relative) {
        return root().resolve(relative);
    }

    /** bootstrap/target/websockets-notify.jar, which {@code mvn verify} packages before these tests run. */
    public static Path serverJar() {
        Path jar = Path.of(required("system-tests.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the system tests run the built server;"
                    + " build it first (mvn verify runs them after packaging bootstrap)");
        }
        return jar;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with Maven"
                    + " (system-tests/pom.xml sets it)");
        }
        return value;
    }
}
