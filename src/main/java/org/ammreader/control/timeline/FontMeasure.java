package org.ammreader.control.timeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text widths in a JavaFX font as sums of per-character advances, each measured once with a {@link Text}
 * node and cached. Laying out a Text per label would cost tens of microseconds; a frame can hold
 * thousands of labels, and truncation measures many prefixes. JavaFX lays out Latin text without
 * kerning, so the sum matches the drawn width.
 */
final class FontMeasure implements TextMeasure {

    private static final int DIRECT = 0x3000;

    /** One measure per font and thread: the painter, the control and the layout share what they measured. */
    private static final ThreadLocal<Map<Font, FontMeasure>> SHARED = ThreadLocal.withInitial(HashMap::new);

    /**
     * Widths of whole strings already measured. A frame at a month's zoom fits about a thousand titles, each
     * measured again on every frame, in full and short: summing their characters' advances was a third of the
     * painter's time on the JavaFX thread (ADR 0035). Titles are the model's own Strings, whose hashes are kept.
     */
    private static final int MAX_WIDTHS = 50_000;

    private final Text probe = new Text();
    private final double[] direct = new double[DIRECT];
    private final Map<Integer, Double> other = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();

    /** The measure of {@code font} on this thread. */
    static FontMeasure of(Font font) {
        return SHARED.get().computeIfAbsent(font, FontMeasure::new);
    }

    FontMeasure(Font font) {
        probe.setFont(font);
        Arrays.fill(direct, -1);
    }

    @Override
    public double width(String text) {
        Double known = widths.get(text);
        if (known != null) {
            return known;
        }
        double width = sum(text);
        if (widths.size() == MAX_WIDTHS) {
            // Strings cut short for other widths come and go; the titles in view are measured again next frame.
            widths.clear();
        }
        widths.put(text, width);
        return width;
    }

    private double sum(String text) {
        double width = 0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            width += advance(cp);
            k += Character.charCount(cp);
        }
        return width;
    }

    @Override
    public String truncate(String text, double maxWidth) {
        if (width(text) <= maxWidth) {
            return text;
        }
        double budget = maxWidth - width(ELLIPSIS);
        double used = 0;
        int cut = 0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            used += advance(cp);
            if (used > budget) {
                break;
            }
            k += Character.charCount(cp);
            cut = k;
        }
        String prefix = text.substring(0, cut).stripTrailing();
        return prefix.isEmpty() ? "" : prefix + ELLIPSIS;
    }

    private double advance(int cp) {
        if (cp < DIRECT) {
            double w = direct[cp];
            if (w < 0) {
                w = measure(cp);
                direct[cp] = w;
            }
            return w;
        }
        return other.computeIfAbsent(cp, this::measure);
    }

    private double measure(int cp) {
        probe.setText(new String(Character.toChars(cp)));
        return probe.getLayoutBounds().getWidth();
    }
}
