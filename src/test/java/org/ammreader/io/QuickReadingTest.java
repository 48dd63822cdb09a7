package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.ammreader.synthetic.SyntheticModel;
import org.junit.jupiter.api.Test;

/**
 * A valid file is read once, from its bytes (ADR 0034); the strict reading of its text makes the same model of it,
 * and a file whose bytes are not well-formed UTF-8 — even where Jackson's parser of bytes would take them — is
 * refused with the strict reading's message and place.
 */
class QuickReadingTest {

    private final ModelLoader loader = new ModelLoader(JsonMappers.factory());

    @Test
    void theBundledWeekReadsTheSameEitherWay() throws Exception {
        byte[] bytes = ModelLoaderTest.resource(ModelLoader.BUNDLED_RESOURCE).getBytes(StandardCharsets.UTF_8);
        SameModel.assertSame(loader.loadStrictly(bytes, "week.json"), loader.load(bytes, "week.json"));
    }

    @Test
    void aLargeModelReadsTheSameEitherWay() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticModel(3000).write(out);
        byte[] bytes = out.toByteArray();
        SameModel.assertSame(loader.loadStrictly(bytes, "big.json"), loader.load(bytes, "big.json"));
    }

    @Test
    void aByteOrderMarkIsLeftOutEitherWay() throws Exception {
        byte[] text = ModelLoaderTest.resource("/models/minimal.json").getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        SameModel.assertSame(loader.load(text, "week.json"), loader.load(marked, "week.json"));
    }

    /** An encoded surrogate, an overlong slash, a code point above U+10FFFF: none of them is UTF-8. */
    @Test
    void bytesThatAreNotUtf8AreFoundWhereverTheyAre() throws IOException {
        String text = ModelLoaderTest.resource("/models/minimal.json");
        String needle = "Minimal test week";
        int index = text.indexOf(needle) + 8;
        String before = text.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = index - before.lastIndexOf('\n');
        for (byte[] bad : List.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.write(before.getBytes(StandardCharsets.UTF_8));
            file.write(bad);
            file.write(text.substring(index).getBytes(StandardCharsets.UTF_8));
            ModelException e = assertThrows(ModelException.class, () -> loader.load(file.toByteArray(), "week.json"));
            assertEquals(List.of(String.format(Locale.ROOT, "week.json:%d:%d: /: this is not UTF-8 text (byte 0x%02X here);",
                    line, column, bad[0] & 0xFF)), e.describe(Locale.ENGLISH).stream()
                    .map(message -> message.substring(0, message.indexOf(';') + 1)).toList());
        }
    }
}
