package org.ammreader.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One embedded font of the sheet, with what layout needs from it: widths, the ascent, and which characters it
 * can draw. Text a model carries in a script the font lacks (a Thai source title) must not abort the PDF, so
 * layout asks {@link #covers} and {@link #drawable} first.
 */
final class Face {

    /** Drawn instead of a character the font lacks: a visible gap rather than a silently shortened text. */
    static final String MISSING = "\u25a1";

    private final PDFont font;
    private final Map<Integer, Boolean> coverage = new HashMap<>();

    Face(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    /** The width of {@code text} at {@code size} points; the text must be {@link #drawable}. */
    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The height above the baseline of the tallest letters, per point of size. */
    float ascent() {
        return font.getFontDescriptor().getAscent() / 1000f;
    }

    /** The height of capital letters above the baseline, per point of size: what a mark beside text centres on. */
    float capHeight() {
        return font.getFontDescriptor().getCapHeight() / 1000f;
    }

    /** The depth below the baseline, per point of size (positive). */
    float descent() {
        return Math.abs(font.getFontDescriptor().getDescent()) / 1000f;
    }

    boolean covers(String text) {
        return text.codePoints().allMatch(this::covers);
    }

    /** {@code text} with each character the font cannot draw replaced by {@link #MISSING}. */
    String drawable(String text) {
        if (covers(text)) {
            return text;
        }
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (covers(c)) {
                result.appendCodePoint(c);
            } else {
                result.append(MISSING);
            }
        });
        return result.toString();
    }

    private boolean covers(int codePoint) {
        return coverage.computeIfAbsent(codePoint, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
