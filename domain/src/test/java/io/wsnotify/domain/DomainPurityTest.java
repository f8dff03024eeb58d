package io.wsnotify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Self-guard: the domain's compiled classes name no type outside {@code java.*} and the domain itself. */
class DomainPurityTest {

    @Test
    void domainUsesOnlyTheJdkAndItself() throws Exception {
        Map<String, Set<String>> foreign = new TreeMap<>();
        List<Path> classes = domainClassFiles();
        for (Path file : classes) {
            Set<String> outside = referencesOf(file).stream()
                    .filter(type -> !type.startsWith("java/") && !type.startsWith("io/wsnotify/domain/"))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!outside.isEmpty()) {
                foreign.put(file.getFileName().toString(), outside);
            }
        }
        assertTrue(classes.size() >= 20, "expected the domain's classes, found " + classes.size());
        assertEquals(Map.of(), foreign, "domain classes using types outside java.* and io.wsnotify.domain");
    }

    @Test
    void scannerSeesTypesUsedInBodiesSignaturesAndGenerics() throws Exception {
        Set<String> draft = referencesOf(domainClassFiles().stream()
                .filter(p -> p.getFileName().toString().equals("NotificationDraft.class"))
                .findFirst()
                .orElseThrow());
        assertTrue(draft.contains("java/util/regex/Pattern"), draft::toString);
        assertTrue(draft.contains("io/wsnotify/domain/JsonText"), draft::toString);
        assertTrue(draft.contains("java/time/Instant"), draft::toString);
        Set<String> self = referencesOf(classFileOf(DomainPurityTest.class));
        assertTrue(self.stream().anyMatch(t -> t.startsWith("org/junit/")), "the guard must detect foreign types");
    }

    private static List<Path> domainClassFiles() throws URISyntaxException, IOException {
        Path root = Path.of(TaskName.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    private static Path classFileOf(Class<?> type) throws URISyntaxException {
        Path root =
                Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        return root.resolve(type.getName().replace('.', '/') + ".class");
    }

    private static Set<String> referencesOf(Path classFile) {
        try (InputStream in = Files.newInputStream(classFile)) {
            return ClassFileReferences.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(classFile.toString(), e);
        }
    }
}
