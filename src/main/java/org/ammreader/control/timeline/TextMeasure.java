package org.ammreader.control.timeline;

import java.util.List;

/** Text widths in one font, and truncation to a width: pluggable so layout decisions test without a toolkit. */
interface TextMeasure {

    String ELLIPSIS = "\u2026";

    double width(String text);

    /**
     * The longest prefix of {@code text} that, followed by an ellipsis, fits {@code maxWidth}; the text
     * itself if it fits whole; the empty string if not even one character and the ellipsis fit.
     */
    default String truncate(String text, double maxWidth) {
        if (width(text) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, mid) + ELLIPSIS) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo > 0 && Character.isHighSurrogate(text.charAt(lo - 1))) {
            lo--;
        }
        String prefix = text.substring(0, lo).stripTrailing();
        return prefix.isEmpty() ? "" : prefix + ELLIPSIS;
    }

    /**
     * {@code text} on one line if it fits {@code maxWidth}, else on two: as many words as fit on the first,
     * the rest (truncated if need be) on the second. A first word too long for the line is truncated alone.
     */
    default List<String> twoLines(String text, double maxWidth) {
        if (width(text) <= maxWidth) {
            return List.of(text);
        }
        int cut = -1;
        for (int space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
            if (width(text.substring(0, space)) > maxWidth) {
                break;
            }
            cut = space;
        }
        if (cut < 0) {
            return List.of(truncate(text, maxWidth));
        }
        return List.of(text.substring(0, cut), truncate(text.substring(cut + 1).strip(), maxWidth));
    }
}
