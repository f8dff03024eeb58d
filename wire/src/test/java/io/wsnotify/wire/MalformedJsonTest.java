package io.wsnotify.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link JsonReader} refuses, and what it says about it. */
class MalformedJsonTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "{",
                "{\"a\"",
                "{\"a\":",
                "{\"a\":1",
                "{\"a\":1,}",
                "[1,]",
                "[,1]",
                "{,}",
                "{a:1}",
                "{'a':1}",
                "{\"a\" 1}",
                "{\"a\":1 \"b\":2}",
                "[1 2]",
                "{\"name\":\"ok\"} trailing",
                "1 2",
                "tru",
                "True",
                "nul",
                "nulls",
                "NaN",
                "Infinity",
                "-Infinity",
                "+1",
                "01",
                "-01",
                "1.",
                ".5",
                "1e",
                "1e+",
                "-",
                "0x1F",
                "1.5.5",
                "\"abc",
                "'abc'",
                "[\"a\"\"b\"]",
                "\ufeff{}",
                "/* c */ {}",
                "{} // c",
                "\u00a0{}",
                "{\"a\":1}}",
                "]"
            })
    void refusesWhatIsNotJson(String document) {
        assertThrows(MalformedJsonException.class, () -> JsonReader.read(document));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"a\\ud800b\"",
                "\"\\uD800\"",
                "\"\\udbff\\u0041\"",
                "\"\\udc00\"",
                "\"\\uDFFF x\"",
                "\"\\ude00\\ud83d\"",
                "\"\\ud83d\\ud83d\\ude00\"",
                "{\"name\":\"a\\ud800b\"}",
                "[\"ok\", \"\\udc00\"]",
                "{\"\\ud800\":1}"
            })
    void refusesLoneSurrogateEscapes(String document) {
        MalformedJsonException refused = assertThrows(MalformedJsonException.class, () -> JsonReader.read(document));

        assertTrue(refused.getMessage().contains("lone surrogate"), refused.getMessage());
    }

    @Test
    void refusesRawLoneSurrogates() {
        assertThrows(MalformedJsonException.class, () -> JsonReader.read("\"a\ud800b\""));
        assertThrows(MalformedJsonException.class, () -> JsonReader.read("\"\udc00\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\n", "\r", "\t", "\u001f"})
    void refusesRawControlCharactersInStrings(String control) {
        MalformedJsonException refused =
                assertThrows(MalformedJsonException.class, () -> JsonReader.read("\"a" + control + "b\""));

        assertTrue(refused.getMessage().contains("control character"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\\x41\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\U0041\"", "\"\\'\"", "\"\\\""})
    void refusesBadEscapes(String document) {
        assertThrows(MalformedJsonException.class, () -> JsonReader.read(document));
    }

    @Test
    void refusesNestingPastTheLimitWithoutOverflowingTheStack() {
        String tooDeep = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);

        MalformedJsonException refused = assertThrows(MalformedJsonException.class, () -> JsonReader.read(tooDeep));
        assertTrue(refused.getMessage().contains("nesting deeper than 1000"), refused.getMessage());
        assertThrows(MalformedJsonException.class, () -> JsonReader.read("{\"a\":" + "[".repeat(100_000)));
    }

    @Test
    void refusesNumbersPastTheLimits() {
        String tooLong = "1".repeat(JsonReader.MAX_NUMBER_LENGTH + 1);

        assertTrue(assertThrows(MalformedJsonException.class, () -> JsonReader.read(tooLong))
                .getMessage()
                .contains("longer than 1100"));
        assertThrows(MalformedJsonException.class, () -> JsonReader.read("[0." + "0".repeat(2000) + "]"));
        assertTrue(assertThrows(MalformedJsonException.class, () -> JsonReader.read("1e9999999999"))
                .getMessage()
                .contains("exponent"));
        assertThrows(MalformedJsonException.class, () -> JsonReader.read("1e1101"));
        assertThrows(MalformedJsonException.class, () -> JsonReader.read("2.5E-1101"));
    }

    @Test
    void saysWhereTheProblemIs() {
        MalformedJsonException refused =
                assertThrows(MalformedJsonException.class, () -> JsonReader.read("{\"a\":1,\"b\":x}"));

        assertEquals(11, refused.offset());
        assertEquals("unexpected character 'x' where a JSON value was expected at offset 11", refused.getMessage());
    }
}
