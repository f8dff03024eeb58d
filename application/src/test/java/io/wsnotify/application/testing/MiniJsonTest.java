package io.wsnotify.application.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The test parser must be strict, or the JSON tests that rely on it prove nothing. */
class MiniJsonTest {

    @Test
    void parsesNestedValuesKeepingFieldOrder() {
        Map<String, Object> parsed =
                MiniJson.object(" {\"b\": [1, -2.5e3, true, false, null], \"a\": {\"s\": \"x\\\"\\n\\u00e9\\/\"}} ");
        assertEquals(List.of("b", "a"), List.copyOf(parsed.keySet()));
        assertEquals(Arrays.asList(new BigDecimal(1), new BigDecimal("-2.5e3"), true, false, null), parsed.get("b"));
        assertEquals(Map.of("s", "x\"\né/"), parsed.get("a"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "{",
                "{\"a\":1,}",
                "[1,]",
                "{\"a\" 1}",
                "{a:1}",
                "\"raw\ttab\"",
                "\"bad \\x\"",
                "01",
                "1.",
                "+1",
                "tru",
                "{\"a\":1}{}",
                "{\"a\":1,\"a\":2}",
                "'single'",
                "[1 2]",
                "\"open"
            })
    void refusesMalformedJson(String text) {
        assertThrows(RuntimeException.class, () -> MiniJson.parse(text));
    }
}
