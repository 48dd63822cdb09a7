package org.ammreader.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Passes a model file's bytes through unchanged, failing with {@link NotWellFormed} at the first byte that is not
 * well-formed UTF-8 (or at the end, inside a character): it accepts exactly what the JDK's strict decoder accepts
 * (the Unicode standard's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF). It is what lets the
 * quick reading parse bytes rather than decoded text (ADR 0034); it gives no place, since a file it refuses is read
 * again by {@link StrictUtf8Reader}, which does.
 */
final class WellFormedUtf8Stream extends FilterInputStream {

    /** Signals the first byte that is not well-formed UTF-8. */
    static final class NotWellFormed extends IOException {
        private static final long serialVersionUID = 1L;

        NotWellFormed() {
            super("not well-formed UTF-8");
        }
    }

    /** Eight bytes at a time: a model is mostly ASCII, and this loop checks eight of its bytes in one test. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Continuation bytes still expected for the character begun. */
    private int needed;
    /** The range the next continuation byte must fall in: narrower than 80..BF after E0, ED, F0 and F4. */
    private int low = 0x80;
    private int high = 0xBF;

    WellFormedUtf8Stream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            atEnd();
        } else {
            check(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int count = in.read(b, off, len);
        if (count < 0) {
            atEnd();
        } else {
            check(b, off, count);
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would go unchecked; the parser never skips.
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void atEnd() throws NotWellFormed {
        if (needed > 0) {
            throw new NotWellFormed();
        }
    }

    private void check(byte[] bytes, int from, int count) throws NotWellFormed {
        int i = from;
        int end = from + count;
        while (i < end) {
            if (needed == 0) {
                while (i + Long.BYTES <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                    i += Long.BYTES;
                }
                if (i == end) {
                    return;
                }
                int lead = bytes[i++] & 0xFF;
                if (lead >= 0x80) {
                    begin(lead);
                }
            } else {
                int next = bytes[i++] & 0xFF;
                if (next < low || next > high) {
                    throw new NotWellFormed();
                }
                needed--;
                low = 0x80;
                high = 0xBF;
            }
        }
    }

    /** A character's first byte, of two, three or four. */
    private void begin(int lead) throws NotWellFormed {
        if (lead < 0xC2 || lead > 0xF4) {
            throw new NotWellFormed();
        }
        if (lead < 0xE0) {
            needed = 1;
        } else if (lead < 0xF0) {
            needed = 2;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else {
            needed = 3;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        }
    }
}
