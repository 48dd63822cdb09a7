package org.ammreader.control.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The faces one frame draws with, from the style's font at the size its {@link RowMetrics} allow: titles in the
 * base face, lane names and day labels in its bold, ticks a size smaller, none under {@link RowMetrics#MIN_TEXT_SIZE}.
 */
record Faces(Font base, Font bold, Font small) {

    /** Made once per style font and measures on each thread: every frame asks, and looking fonts up is not free. */
    private static final ThreadLocal<Map<Key, Faces>> MADE = ThreadLocal.withInitial(HashMap::new);

    private record Key(Font font, RowMetrics metrics) {
    }

    static Faces of(Font styleFont, RowMetrics metrics) {
        return MADE.get().computeIfAbsent(new Key(styleFont, metrics), key -> make(styleFont, metrics));
    }

    private static Faces make(Font styleFont, RowMetrics metrics) {
        double size = metrics.textSize(styleFont.getSize());
        String family = styleFont.getFamily();
        Font base = size == styleFont.getSize() ? styleFont : Font.font(family, size);
        return new Faces(base, Font.font(family, FontWeight.BOLD, size),
                Font.font(family, Math.max(RowMetrics.MIN_TEXT_SIZE, size - 1)));
    }
}
