package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The line and column given for a byte that is not UTF-8, counted as the JSON parser counts them: "\r\n", "\n" and
 * a lone "\r" each end a line, also where a line end falls across two of the reader's pieces (8,192 characters).
 */
class StrictUtf8ReaderPlaceTest {

    @Test
    void lineEndsOfEveryKindAreCounted() {
        assertPlace("ab\ncd\r\nef\rgh\n\n  x", 6, 4);
    }

    @Test
    void aCarriageReturnAndLineFeedSplitBetweenTwoPiecesEndOneLine() {
        assertPlace("a".repeat(8191) + "\r\nxy", 2, 3);
    }

    @Test
    void aLineFeedAfterAPieceEndingInACarriageReturnAloneIsStillOneLine() {
        assertPlace("a".repeat(8190) + "b\r" + "\nq", 2, 2);
    }

    @Test
    void aPieceWithoutLineEndsMovesTheColumnOn() {
        assertPlace("\n" + "é".repeat(20_000), 2, 20_001);
    }

    /** {@code text} followed by the byte 0xFF is reported at {@code line}:{@code column}. */
    private static void assertPlace(String text, int line, int column) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        NotUtf8Exception e = assertThrows(NotUtf8Exception.class, () -> {
            try (Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes.toByteArray()))) {
                char[] buffer = new char[1000];
                while (reader.read(buffer, 0, buffer.length) >= 0) {
                    // Read to the bad byte.
                }
            }
        });
        assertEquals(line + ":" + column, e.problem().line() + ":" + e.problem().column());
    }
}
