package org.ammreader.calendar;

import java.nio.charset.StandardCharsets;

/**
 * The plain-text rules of iCalendar (RFC 5545 §3.1, §3.3.11): lines end in CRLF and are folded so that none is
 * longer than 75 octets, never inside a UTF-8 character; text values escape backslash, semicolon, comma and
 * line breaks.
 */
final class IcsText {

    /** RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
    static final int MAX_OCTETS = 75;

    private final StringBuilder text = new StringBuilder();

    /** Adds one content line ("NAME;PARAM=x:value"), folded. */
    IcsText line(String contentLine) {
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                // The continuation's leading space counts towards its 75 octets.
                text.append("\r\n ");
                octets = 1;
            }
            text.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        text.append("\r\n");
        return this;
    }

    /** A TEXT value with its special characters escaped (RFC 5545 §3.3.11). */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    // A CRLF becomes one escaped line break, at its \n.
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
