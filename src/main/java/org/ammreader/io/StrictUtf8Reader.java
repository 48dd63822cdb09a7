package org.ammreader.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 strictly while the parser reads, so a model file is never held whole in memory. Where a byte is
 * not UTF-8 it fails with {@link NotUtf8Exception}, giving its line and column (counted as the JSON parser counts
 * them), but only once every character before that byte has been handed out, so that an earlier syntax error is
 * reported first.
 */
final class StrictUtf8Reader extends Reader {

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean endOfInput;
    private NotUtf8Exception pending;
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        return count;
    }

    /** Decodes the next piece of text; false at the end of the input. */
    private boolean fill() throws IOException {
        if (pending != null) {
            throw pending;
        }
        chars.clear();
        int badByte = -1;
        while (chars.position() == 0) {
            if (!bytes.hasRemaining() && !endOfInput) {
                readBytes();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                badByte = bytes.get(bytes.position()) & 0xFF;
                break;
            }
            if (endOfInput && !bytes.hasRemaining()) {
                decoder.flush(chars);
                break;
            }
            if (result.isUnderflow() && chars.position() == 0) {
                readBytes();
            }
        }
        chars.flip();
        count(chars.array(), chars.limit());
        if (badByte >= 0) {
            pending = new NotUtf8Exception(line, column, badByte);
        }
        if (!chars.hasRemaining() && pending != null) {
            throw pending;
        }
        return chars.hasRemaining();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    /**
     * Counts lines as the JSON parser does: "\r\n", "\n" and a lone "\r" each end a line. Only line ends are looked
     * at; the column is worked out once per piece, from the last of them (a place is only needed for a bad byte,
     * and counting every character one by one was a twentieth of a load, ADR 0032).
     */
    private void count(char[] text, int length) {
        int lineStart = -1;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c <= '\r' && (c == '\n' || c == '\r')) {
                boolean secondOfPair = c == '\n' && (i > 0 ? text[i - 1] == '\r' : afterCarriageReturn);
                if (!secondOfPair) {
                    line++;
                }
                lineStart = i + 1;
            }
        }
        column = lineStart < 0 ? column + length : 1 + length - lineStart;
        if (length > 0) {
            afterCarriageReturn = text[length - 1] == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
