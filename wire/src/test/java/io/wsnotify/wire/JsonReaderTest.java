package io.wsnotify.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link JsonReader} reads and the text each value keeps. */
class JsonReaderTest {
    @Test
    void keepsNumbersAsWritten() {
        JsonObject object =
                object("{\"big\": 1.5e300, \"ten\": 10.0, \"neg\": -0, \"exp\": 2E-7, \"int\": 12345678901234567890}");

        assertEquals("1.5e300", object.get("big").orElseThrow().text());
        assertEquals("10.0", object.get("ten").orElseThrow().text());
        assertEquals("-0", object.get("neg").orElseThrow().text());
        assertEquals("2E-7", object.get("exp").orElseThrow().text());
        assertEquals("12345678901234567890", object.get("int").orElseThrow().text());
    }

    @Test
    void keepsKeyOrderAndTokensButNotTheWhitespaceBetweenThem() {
        JsonObject object =
                object(" {\r\n \"z\" : 1 ,\t\"a\":{ \"y\" : [ 1 , \"two  words\" , null ] , \"b\":true } }\n");

        assertEquals(List.of("z", "a"), List.copyOf(object.members().keySet()));
        assertEquals(
                "{\"y\":[1,\"two  words\",null],\"b\":true}",
                object.get("a").orElseThrow().text());
        assertEquals("{\"z\":1,\"a\":{\"y\":[1,\"two  words\",null],\"b\":true}}", object.text());
    }

    @Test
    void decodesEscapesButKeepsThemInTheText() {
        JsonString string =
                (JsonString) JsonReader.read("\"caf\\u00e9 \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\ud83d\\ude00\"");

        assertEquals("caf\u00e9 \"q\" \\ / \b\f\n\r\t \ud83d\ude00", string.value());
        assertEquals("\"caf\\u00e9 \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\ud83d\\ude00\"", string.text());
    }

    @Test
    void acceptsRawUnicodeIncludingPairsOutsideTheBasicPlane() {
        assertEquals(
                "caf\u00e9 \u2615 \ud83d\ude00",
                ((JsonString) JsonReader.read("\"caf\u00e9 \u2615 \ud83d\ude00\"")).value());
    }

    @Test
    void readsEveryKindOfValueAtTheTop() {
        assertSame(JsonLiteral.TRUE, JsonReader.read("true"));
        assertSame(JsonLiteral.FALSE, JsonReader.read(" false "));
        assertSame(JsonLiteral.NULL, JsonReader.read("null"));
        assertTrue(JsonReader.read("null").isNull());
        assertInstanceOf(JsonNumber.class, JsonReader.read("0"));
        assertEquals("[]", JsonReader.read("[ ]").text());
        assertEquals("{}", JsonReader.read("{ }").text());
        assertEquals(3, ((JsonArray) JsonReader.read("[1,[2],{}]")).elements().size());
    }

    @Test
    void aRepeatedNameKeepsItsFirstPlaceAndItsLastValue() {
        JsonObject object = object("{\"a\":1,\"b\":2,\"a\":3}");

        assertEquals(List.of("a", "b"), List.copyOf(object.members().keySet()));
        assertEquals("3", object.get("a").orElseThrow().text());
    }

    @Test
    void tellsPresentFromNullAndAbsent() {
        JsonObject object = object("{\"set\":0,\"empty\":null}");

        assertTrue(object.has("set"));
        assertFalse(object.has("empty"));
        assertTrue(object.get("empty").orElseThrow().isNull());
        assertFalse(object.has("absent"));
        assertTrue(object.get("absent").isEmpty());
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        String deep = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);

        assertEquals(deep, JsonReader.read(deep).text());
    }

    @Test
    void acceptsNumbersUpToTheLimits() {
        String longest = "1".repeat(JsonReader.MAX_NUMBER_LENGTH);

        assertEquals(longest, JsonReader.read(longest).text());
        assertEquals("1e1100", JsonReader.read("1e1100").text());
        assertEquals("-1.5E-1100", JsonReader.read("-1.5E-1100").text());
        assertEquals("1e+0001100", JsonReader.read("1e+0001100").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}", "[1, 2]", "\"x\"", "-12.5e+3"})
    void aLargeDocumentIsReadInOnePass(String unit) {
        String many = "[" + String.join(",", Collections.nCopies(20_000, unit)) + "]";

        assertEquals(20_000, ((JsonArray) JsonReader.read(many)).elements().size());
    }

    private static JsonObject object(String json) {
        return (JsonObject) JsonReader.read(json);
    }
}
