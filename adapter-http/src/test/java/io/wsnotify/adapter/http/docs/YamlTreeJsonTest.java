package io.wsnotify.adapter.http.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML to JSON keeps what the document says and refuses what JSON cannot hold. */
class YamlTreeJsonTest {

    @Test
    void keepsKeyOrderAndScalarTypes() {
        OpenApiDocument document =
                OpenApiDocument.parse("openapi: 3.1.0\npaths: {}\nz: 1\na: [true, null, 2.5, '10', 12345678901]\n");
        assertEquals(
                List.of("openapi", "paths", "z", "a"),
                List.copyOf(document.tree().keySet()));
        assertEquals(
                "[true,null,2.5,\"10\",12345678901]", document.tree().get("a").toString());
        assertEquals("3.1.0", document.tree().getString("openapi"));
    }

    @Test
    void refusesAnUnquotedTimestamp() {
        var error = assertThrows(
                IllegalArgumentException.class,
                () -> OpenApiDocument.parse("openapi: 3.1.0\npaths: {}\nwhen: 2026-11-27\n"));
        assertTrue(error.getMessage().contains("quote it"), error.getMessage());
    }

    @Test
    void refusesDuplicateKeys() {
        assertThrows(RuntimeException.class, () -> OpenApiDocument.parse("openapi: 3.1.0\npaths: {}\npaths: {}\n"));
    }

    @Test
    void refusesSomethingThatIsNotOpenApi() {
        assertThrows(IllegalStateException.class, () -> OpenApiDocument.parse("title: nothing\n"));
    }
}
