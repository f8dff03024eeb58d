package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The client is compiled for Java 17 (class file version 61), so it runs on a JDK 17. */
class BytecodeVersionTest {
    private static final int JAVA_17 = 61;

    @Test
    void everyClientClassIsJava17Bytecode() throws Exception {
        Path classes = Path.of(NotifyClient.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(classes)) {
            classFiles =
                    files.filter(file -> file.toString().endsWith(".class")).toList();
        }
        assertTrue(classFiles.size() > 20, "found the client's classes in " + classes + ": " + classFiles.size());
        for (Path classFile : classFiles) {
            assertEquals(
                    JAVA_17,
                    majorVersion(classFile),
                    classes.relativize(classFile).toString());
        }
    }

    private static int majorVersion(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile);
                DataInputStream data = new DataInputStream(in)) {
            assertEquals(0xCAFEBABE, data.readInt(), "a class file: " + classFile);
            data.readUnsignedShort(); // minor version
            return data.readUnsignedShort();
        }
    }
}
