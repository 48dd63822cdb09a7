package org.ammreader.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a model file's bytes into text, accepting only UTF-8 (with or without a byte-order mark) and saying
 * plainly what the file is instead when it is not: UTF-16, another 8-bit encoding, or not text at all.
 */
final class ModelText {

    private ModelText() {
    }

    /** The decoded text, or the problem that prevents decoding. */
    record Decoded(String text, Problem problem) {
    }

    static Decoded decode(byte[] bytes) {
        Optional<Problem> notText = recognizeBinary(bytes);
        if (notText.isPresent()) {
            return new Decoded(null, notText.get());
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = bytes[in.position()] & 0xFF;
            out.flip();
            int[] lineColumn = lineAndColumn(out);
            return new Decoded(null, Problem.located("", lineColumn[0], lineColumn[1], "problem.encoding.notUtf8",
                    String.format(Locale.ROOT, "%02X", bad)));
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(out.toString(), null);
    }

    /** Byte patterns that identify what a file is when it is not UTF-8 JSON. */
    private static Optional<Problem> recognizeBinary(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || b.length >= 2 && (b[0] == 0 || b[1] == 0) && looksLikeUtf16(b)) {
            return Optional.of(Problem.located("", 1, 1, "problem.encoding.utf16"));
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of(Problem.located("", 1, 1, "problem.encoding.kind", "PNG"));
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return Optional.of(Problem.located("", 1, 1, "problem.encoding.kind", "PDF"));
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Problem.located("", 1, 1, "problem.encoding.kind", "JPEG"));
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return Optional.of(Problem.located("", 1, 1, "problem.encoding.kind", "ZIP"));
        }
        return Optional.empty();
    }

    /** UTF-16 text without a byte-order mark has a zero byte beside most ASCII characters. */
    private static boolean looksLikeUtf16(byte[] b) {
        int sample = Math.min(b.length, 64);
        int zeros = 0;
        for (int i = 0; i < sample; i++) {
            if (b[i] == 0) {
                zeros++;
            }
        }
        return zeros * 3 >= sample;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Line and column (1-based) just after {@code text}. */
    private static int[] lineAndColumn(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
