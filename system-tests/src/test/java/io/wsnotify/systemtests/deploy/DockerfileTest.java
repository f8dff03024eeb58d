package io.wsnotify.systemtests.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.systemtests.support.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile that deploy/docker-compose.yml builds the nodes from copies every module of the
 * parent pom: Maven reads all of them even to build one, so a module left out breaks the image.
 */
class DockerfileTest {
    @Test
    void copiesEveryModuleOfTheBuild() throws IOException {
        String dockerfile = Files.readString(Repository.file("Dockerfile"));
        Matcher modules =
                Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(Repository.file("pom.xml")));
        int count = 0;
        while (modules.find()) {
            String module = modules.group(1);
            assertTrue(dockerfile.contains("COPY " + module + "/ " + module + "/"), "the Dockerfile copies " + module);
            count++;
        }
        assertTrue(count >= 10, "modules found in pom.xml: " + count);
    }
}
