package io.wsnotify.adapter.http.docs;

import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A webjar on the classpath (Swagger UI, ReDoc): finds the version that is there from its Maven
 * metadata, so a version bump in the pom needs no change here, and serves a folder of it.
 */
record Webjar(String groupId, String artifactId, String version) {

    static Webjar locate(String groupId, String artifactId) {
        String metadata = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = Webjar.class.getClassLoader().getResourceAsStream(metadata)) {
            if (in == null) {
                throw new IllegalStateException("webjar " + groupId + ":" + artifactId + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new Webjar(groupId, artifactId, properties.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + metadata, e);
        }
    }

    /** Classpath folder of this webjar's files, plus {@code subfolder} (empty for its root). */
    String location(String subfolder) {
        String root = "META-INF/resources/webjars/" + artifactId + "/" + version;
        return subfolder.isEmpty() ? root : root + "/" + subfolder;
    }

    /** Whether {@code file} (a relative path, as requested) is a file in {@code subfolder}. */
    boolean hasFile(String subfolder, String file) {
        if (file.isEmpty() || file.endsWith("/") || file.contains("..") || file.contains("//") || file.contains("\\")) {
            return false;
        }
        return Webjar.class.getClassLoader().getResource(location(subfolder) + "/" + file) != null;
    }

    /** A static-content service for that folder, to register under a path prefix. */
    HttpService service(String subfolder) {
        return StaticContentFeature.createService(
                ClasspathHandlerConfig.builder().location(location(subfolder)).build());
    }
}
