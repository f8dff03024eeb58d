package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlatJsonTest {
    @Test
    void readsTopLevelScalarsAndStandsInForNestedValues() {
        Map<String, Object> members =
                FlatJson.parseObject(" {\"s\": \"text\", \"n\": 42, \"neg\": -7, \"big\": 123456789012345678901,"
                        + " \"f\": 1.5e3, \"t\": true, \"no\": false, \"nil\": null, \"obj\": {\"a\": [1, {\"b\": \"}\"}]},"
                        + " \"arr\": [], \"empty\": {}} ");
        assertEquals("text", members.get("s"));
        assertEquals(42L, members.get("n"));
        assertEquals(-7L, members.get("neg"));
        assertEquals(new BigDecimal("123456789012345678901"), members.get("big"));
        assertEquals(new BigDecimal("1.5e3"), members.get("f"));
        assertEquals(Boolean.TRUE, members.get("t"));
        assertEquals(Boolean.FALSE, members.get("no"));
        assertTrue(members.containsKey("nil"));
        assertNull(members.get("nil"));
        assertSame(FlatJson.NESTED, members.get("obj"));
        assertSame(FlatJson.NESTED, members.get("arr"));
        assertSame(FlatJson.NESTED, members.get("empty"));
    }

    @Test
    void unescapesStrings() {
        Map<String, Object> members = FlatJson.parseObject(
                "{\"m\": \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u2615 \\ud83d\\ude00 Caf\u00e9\"}");
        assertEquals("a\"b\\c/d\b\f\n\r\té\u2615 \ud83d\ude00 Café", members.get("m"));
    }

    @Test
    void offersTypedAccessorsThatToleratePresentButOddValues() {
        Map<String, Object> members = FlatJson.parseObject("{\"seq\": \"7\", \"id\": 5, \"n\": 9}");
        assertNull(FlatJson.string(members, "id"));
        assertEquals(-1, FlatJson.number(members, "seq", -1));
        assertEquals(9, FlatJson.number(members, "n", -1));
        assertEquals(-1, FlatJson.number(members, "missing", -1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "[]",
                "\"x\"",
                "{",
                "{\"a\"}",
                "{\"a\": }",
                "{\"a\": 1,}",
                "{a: 1}",
                "{\"a\": 01}",
                "{\"a\": 1.}",
                "{\"a\": -}",
                "{\"a\": 1e}",
                "{\"a\": tru}",
                "{\"a\": \"\\x\"}",
                "{\"a\": \"\\u12\"}",
                "{\"a\": \"\\u12g4\"}",
                "{\"a\": \"line\nbreak\"}",
                "{\"a\": \"open}",
                "{} {}",
                "{\"a\": [1 2]}",
                "{\"a\": 1} x"
            })
    void refusesWhatIsNotOneJsonObject(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FlatJson.parseObject(text));
        assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
    }

    @Test
    void refusesNestingDeepEnoughToExhaustTheStack() {
        String deep = "{\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThrows(IllegalArgumentException.class, () -> FlatJson.parseObject(deep));
        assertFalse(FlatJson.parseObject("{\"a\": " + "[".repeat(200) + "]".repeat(200) + "}")
                .isEmpty());
    }
}
