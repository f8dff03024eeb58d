package io.wsnotify.adapter.http.docs;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI document, loaded once from the classpath: its YAML text as written and the same
 * document as JSON (converted once, key order kept), so both formats always agree.
 */
record OpenApiDocument(String yaml, String json, JsonObject tree) {
    static final String RESOURCE = "META-INF/openapi.yaml";

    static OpenApiDocument fromClasspath() {
        return parse(read(RESOURCE));
    }

    static OpenApiDocument parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
        JsonValue value = new YamlTreeJson().toJson(loaded);
        if (!(value instanceof JsonObject tree) || !tree.containsKey("openapi") || !tree.containsKey("paths")) {
            throw new IllegalStateException(RESOURCE + " is not an OpenAPI document");
        }
        return new OpenApiDocument(yaml, pretty(tree), tree);
    }

    /** The {@code paths} object: path templates in document order, each with its operations. */
    JsonObject paths() {
        return tree.getJsonObject("paths");
    }

    private static String pretty(JsonObject tree) {
        StringWriter out = new StringWriter();
        Map<String, Object> config = Map.of(JsonGenerator.PRETTY_PRINTING, true);
        try (JsonWriter writer =
                JsonProvider.provider().createWriterFactory(config).createWriter(out)) {
            writer.write(tree);
        }
        return out.toString().strip() + "\n";
    }

    private static String read(String resource) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
