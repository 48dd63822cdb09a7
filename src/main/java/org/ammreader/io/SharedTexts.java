package org.ammreader.io;

import java.util.Arrays;

/**
 * One String per distinct value of one model file. A calendar repeats itself: the 1.8 million strings of a
 * 100,000-meeting file have 290,000 distinct values (ids, lanes, areas, publishers, addresses, dates, names and
 * recurring titles), and the model keeps them all, so sharing them took its heap from about 230 MB to under 100
 * (ADR 0024). A value is looked up on the parser's characters, so that a repeated one costs no String at all
 * (ADR 0032). One instance per file: the table is dropped with it.
 */
final class SharedTexts {

    /**
     * How many places a value is looked for in before it is given a String of its own, unshared: a file made to
     * collide in the table costs memory then, never time growing with the square of its size.
     */
    private static final int PROBES = 32;
    private static final int MOST_KEPT = 1 << 23;
    private static final int UNKEPT = -1;

    /** A few thousand values for the bundled week, hundreds of thousands for a large model: it grows. */
    private String[] table = new String[1 << 14];
    /** The hash of each value in {@link #table}: most values looked at are not the one looked for. */
    private int[] hashes = new int[1 << 14];
    /**
     * Where the characters of each value in {@link #table} start in {@link #characters}: values are compared on
     * these, with {@link Arrays#equals(char[], int, int, char[], int, int)}, which compares many characters per step
     * where {@code String.charAt} took one (a sixth of a load, ADR 0034). They are dropped with the table. At most
     * {@link #MOST_KEPT} characters are kept, so that a file of distinct long texts costs at most 16 MB more while
     * it is read; the values beyond are compared character by character ({@link #UNKEPT}).
     */
    private int[] starts = new int[1 << 14];
    private char[] characters = new char[1 << 16];
    private int used;
    private int size;

    /** The String with the {@code length} characters of {@code chars} from {@code offset}. */
    String text(char[] chars, int offset, int length) {
        int mask = table.length - 1;
        int hash = hash(chars, offset, length);
        int slot = hash & mask;
        for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
            String known = table[slot];
            if (known == null) {
                String text = new String(chars, offset, length);
                table[slot] = text;
                hashes[slot] = hash;
                starts[slot] = keep(chars, offset, length);
                if (++size * 2 > table.length) {
                    grow();
                }
                return text;
            }
            if (hashes[slot] == hash && known.length() == length && same(known, starts[slot], chars, offset)) {
                return known;
            }
        }
        return new String(chars, offset, length);
    }

    private boolean same(String known, int start, char[] chars, int offset) {
        int length = known.length();
        if (start != UNKEPT) {
            return Arrays.equals(characters, start, start + length, chars, offset, offset + length);
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Copies a new value's characters to the end of {@link #characters}; where they start. */
    private int keep(char[] chars, int offset, int length) {
        if (length > MOST_KEPT - used) {
            return UNKEPT;
        }
        if (used + length > characters.length) {
            characters = Arrays.copyOf(characters, Math.min(MOST_KEPT, Math.max(characters.length * 2, used + length)));
        }
        System.arraycopy(chars, offset, characters, used, length);
        int start = used;
        used += length;
        return start;
    }

    /** String's hash, spread: consecutive slots would otherwise hold values that differ in their last letter. */
    private static int hash(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }

    private void grow() {
        String[] oldTable = table;
        int[] oldHashes = hashes;
        int[] oldStarts = starts;
        table = new String[oldTable.length * 2];
        hashes = new int[oldTable.length * 2];
        starts = new int[oldTable.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                int slot = oldHashes[i] & mask;
                for (int probe = 0; probe < PROBES && table[slot] != null; probe++) {
                    slot = (slot + 1) & mask;
                }
                if (table[slot] == null) {
                    table[slot] = oldTable[i];
                    hashes[slot] = oldHashes[i];
                    starts[slot] = oldStarts[i];
                }
            }
        }
    }
}
