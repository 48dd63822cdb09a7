package org.ammreader.control.timeline;

import java.util.ArrayList;
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
     * {@code text} wrapped at spaces into as many lines as it needs, each no wider than {@code maxWidth}: nothing
     * is left out. Only a single word wider than the line itself is truncated, as there is no place to break it.
     */
    default List<String> lines(String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split(" +")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(longer) <= maxWidth) {
                line = longer;
            } else {
                lines.add(truncate(line, maxWidth));
                line = word;
            }
        }
        lines.add(truncate(line, maxWidth));
        return lines;
    }
}
