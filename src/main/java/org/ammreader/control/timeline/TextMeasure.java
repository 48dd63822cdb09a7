package org.ammreader.control.timeline;

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
}
