package org.ammreader.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Optional;

/**
 * Opens a model file's bytes as text, accepting only UTF-8 (with or without a byte-order mark) and saying
 * plainly what the file is instead when its first bytes show it is not: UTF-16, a known binary format, or binary
 * data. Bytes that are not UTF-8 further on are found while reading ({@link StrictUtf8Reader}).
 */
final class ModelText {

    /** Enough of the start of a file to recognise it. */
    private static final int HEAD = 64;

    private ModelText() {
    }

    /** The text to parse, or the problem that shows from the first bytes that there is none. */
    record Opened(Reader reader, Problem problem) {
    }

    static Opened open(InputStream bytes) throws IOException {
        BufferedInputStream in = new BufferedInputStream(bytes);
        Optional<Problem> notText = skipHead(in);
        return notText.isPresent() ? new Opened(null, notText.get()) : new Opened(new StrictUtf8Reader(in), null);
    }

    /**
     * The text's bytes for the quick reading (ADR 0034), every one checked ({@link WellFormedUtf8Stream}), or
     * nothing where the first bytes show the file is not UTF-8: {@link #open} then says what it is.
     */
    static Optional<InputStream> openBytes(InputStream bytes) throws IOException {
        BufferedInputStream in = new BufferedInputStream(bytes);
        return skipHead(in).isPresent() ? Optional.empty() : Optional.of(new WellFormedUtf8Stream(in));
    }

    /** What the file is if its first bytes show it is not UTF-8 text; otherwise skips its byte-order mark. */
    private static Optional<Problem> skipHead(BufferedInputStream in) throws IOException {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        Optional<Problem> notText = recognize(head);
        if (notText.isEmpty() && startsWith(head, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
        }
        return notText;
    }

    /** Byte patterns that identify what a file is when it is not UTF-8 JSON. */
    private static Optional<Problem> recognize(byte[] head) {
        if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE) || looksLikeUtf16(head)) {
            return Optional.of(Problem.located("", 1, 1, "problem.encoding.utf16"));
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return Optional.of(Problem.located("", 1, 1, "problem.encoding.kind", "PNG"));
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return Optional.of(Problem.located("", 1, 1, "problem.encoding.kind", "PDF"));
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Problem.located("", 1, 1, "problem.encoding.kind", "JPEG"));
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return Optional.of(Problem.located("", 1, 1, "problem.encoding.kind", "ZIP"));
        }
        for (byte b : head) {
            // A zero byte is never part of JSON text, not even inside a string (it would be written \u0000).
            if (b == 0) {
                return Optional.of(Problem.located("", 1, 1, "problem.encoding.binary"));
            }
        }
        return Optional.empty();
    }

    /**
     * UTF-16 text without a byte-order mark: JSON starts with ASCII characters, each of which UTF-16 writes with
     * a zero byte before it (big-endian) or after it (little-endian), never both.
     */
    private static boolean looksLikeUtf16(byte[] head) {
        int pairs = head.length / 2;
        int zerosFirst = 0;
        int zerosSecond = 0;
        for (int i = 0; i < pairs; i++) {
            zerosFirst += head[2 * i] == 0 ? 1 : 0;
            zerosSecond += head[2 * i + 1] == 0 ? 1 : 0;
        }
        return pairs > 0 && (zerosFirst * 2 >= pairs && zerosSecond == 0 || zerosSecond * 2 >= pairs && zerosFirst == 0);
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
}
