package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick reading's check of a file's bytes accepts exactly what the strict reading's decoder accepts: a file it
 * lets through is one the strict reading would have decoded, and one it refuses is read again the strict way.
 */
class WellFormedUtf8StreamTest {

    /** The bytes most likely to sit on a boundary of the UTF-8 table. */
    private static final int[] EDGES = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
    /** After the second byte, only whether a byte continues a character matters. */
    private static final int[] CONTINUATION_EDGES = {0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xE0};
    /** ASCII put before the bytes under test, so that they meet the eight-at-a-time loop at different offsets. */
    private static final int[] PREFIXES = {0, 3, 8, 9};

    @Test
    void acceptsEveryTwoByteSequenceTheDecoderAccepts() throws IOException {
        for (int first = 0; first < 256; first++) {
            for (int second = 0; second < 256; second++) {
                assertSameVerdict(new byte[] {(byte) first, (byte) second});
            }
        }
    }

    @Test
    void acceptsEveryThreeAndFourByteCharacterTheDecoderAccepts() throws IOException {
        for (int first = 0xE0; first < 256; first++) {
            for (int second : EDGES) {
                for (int third : CONTINUATION_EDGES) {
                    assertSameVerdict(new byte[] {(byte) first, (byte) second, (byte) third});
                    for (int fourth : first >= 0xF0 ? CONTINUATION_EDGES : new int[0]) {
                        assertSameVerdict(new byte[] {(byte) first, (byte) second, (byte) third, (byte) fourth});
                    }
                }
            }
        }
    }

    @Test
    void judgesLongTextsAlikeHoweverTheyArriveInPieces() throws IOException {
        Random random = new Random(20190802);
        String text = "Réunion ministérielle ASEAN–UE à Bangkok 🇹🇭, « cybersécurité » ";
        byte[] good = text.repeat(20).getBytes(StandardCharsets.UTF_8);
        for (int trial = 0; trial < 3000; trial++) {
            byte[] bytes = Arrays.copyOf(good, 1 + random.nextInt(good.length));
            if (trial % 3 != 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            assertSameVerdict(bytes, 1 + random.nextInt(40));
        }
    }

    @Test
    void passesTheBytesOnUnchanged() throws IOException {
        byte[] bytes = "{\"title\": {\"fr\": \"Déclaration conjointe\", \"en\": \"Joint statement\"}}"
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(bytes, readThrough(bytes, 5));
        assertArrayEquals(bytes, readByteByByte(bytes));
    }

    private static void assertSameVerdict(byte[] bytes) throws IOException {
        for (int prefix : PREFIXES) {
            byte[] shifted = new byte[prefix + bytes.length];
            Arrays.fill(shifted, 0, prefix, (byte) 'a');
            System.arraycopy(bytes, 0, shifted, prefix, bytes.length);
            assertSameVerdict(shifted, shifted.length);
        }
        assertEquals(decodes(bytes), readByteByByte(bytes) != null, () -> hex(bytes) + " byte by byte");
    }

    private static void assertSameVerdict(byte[] bytes, int piece) throws IOException {
        assertEquals(decodes(bytes), readThrough(bytes, piece) != null, () -> hex(bytes) + " in pieces of " + piece);
    }

    private static boolean decodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The bytes read through the check in pieces of {@code piece}, or null where it refused them. */
    private static byte[] readThrough(byte[] bytes, int piece) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new WellFormedUtf8Stream(new ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[piece];
            for (int n = in.read(buffer, 0, piece); n >= 0; n = in.read(buffer, 0, piece)) {
                out.write(buffer, 0, n);
            }
        } catch (WellFormedUtf8Stream.NotWellFormed e) {
            return null;
        }
        return out.toByteArray();
    }

    private static byte[] readByteByByte(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new WellFormedUtf8Stream(new ByteArrayInputStream(bytes))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                out.write(b);
            }
        } catch (WellFormedUtf8Stream.NotWellFormed e) {
            return null;
        }
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02X ", b & 0xFF));
        }
        return text.toString().trim();
    }
}
