package io.wsnotify.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.application.testing.MiniJson;
import io.wsnotify.domain.JsonText;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void escapesQuoteAndBackslash() {
        assertEquals("\"say \\\"hi\\\" \\\\o/\"", JsonWriter.quoted("say \"hi\" \\o/"));
    }

    @Test
    void escapesCommonControlCharactersShortly() {
        assertEquals("\"a\\nb\\rc\\td\"", JsonWriter.quoted("a\nb\rc\td"));
    }

    @Test
    void escapesEveryOtherControlCharacterAsUnicode() {
        assertEquals("\"\\u0000\\u0001\\u0008\\u000c\\u001f\"", JsonWriter.quoted("\u0000\u0001\b\f\u001f"));
    }

    @Test
    void escapesLineAndParagraphSeparatorsForJavaScript() {
        assertEquals("\"x\\u2028y\\u2029z\"", JsonWriter.quoted("x\u2028y\u2029z"));
    }

    @Test
    void leavesUnicodeAndSlashAndDeleteAsTheyAre() {
        String text = "Füße 日本 \uD83D\uDE00 a/b \u007f";
        assertEquals("\"" + text + "\"", JsonWriter.quoted(text));
    }

    @Test
    void everyCharacterBelowSpaceRoundTripsThroughAStrictParser() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        all.append("\u2028\u2029\u00e9");
        assertEquals(all.toString(), MiniJson.parse(JsonWriter.quoted(all.toString())));
    }

    @Test
    void writesObjectsWithTypedAndRawFields() {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out)
                .beginObject()
                .field("s", "v")
                .field("n", -12L)
                .field("b", true)
                .field("none", (String) null)
                .rawField("raw", new JsonText("{\"x\":[1,2]}"))
                .rawField("nothing", null)
                .endObject();
        assertEquals(
                "{\"s\":\"v\",\"n\":-12,\"b\":true,\"none\":null,\"raw\":{\"x\":[1,2]},\"nothing\":null}",
                out.toString());
        Map<String, Object> parsed = MiniJson.object(out.toString());
        assertEquals(6, parsed.size());
    }

    @Test
    void escapesFieldNames() {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out).beginObject().field("we\"ird\n", 1).endObject();
        assertEquals(Map.of("we\"ird\n", new BigDecimal(1)), MiniJson.object(out.toString()));
    }

    @Test
    void writesArraysOfObjectsAndNestedObjects() {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out)
                .beginObject()
                .field("a", 1)
                .beginArray("list")
                .beginObject()
                .field("x", 1)
                .endObject()
                .beginObject()
                .endObject()
                .endArray()
                .beginObject("inner")
                .field("y", "z")
                .endObject()
                .beginArray("empty")
                .endArray()
                .endObject();
        assertEquals("{\"a\":1,\"list\":[{\"x\":1},{}],\"inner\":{\"y\":\"z\"},\"empty\":[]}", out.toString());

        StringBuilder top = new StringBuilder();
        new JsonWriter(top)
                .beginArray()
                .beginObject()
                .endObject()
                .beginObject()
                .field("n", 2)
                .endObject()
                .endArray();
        assertEquals("[{},{\"n\":2}]", top.toString());
    }
}
