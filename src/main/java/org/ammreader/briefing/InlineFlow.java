package org.ammreader.briefing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of small items that wraps like text: words (the chairs) followed by area chips, each chip the area's
 * name on a pale tint of its colour, then an optional muted remark ("+9 other areas"). Items on one line share
 * a baseline, so words and chip labels read as one line.
 */
final class InlineFlow {

    private static final float PAD_X = 4;
    private static final float PAD_Y = 1.6f;
    private static final float CHIP_GAP = 3;
    private static final float BEFORE_CHIPS = 7;
    private static final float LINE_GAP = 2.5f;
    private static final double TINT = 0.86;

    /** An item's own box: its text line, its size, and its background (-1 for plain text). */
    private record Item(TextLine line, float width, float height, float baseline, float gapBefore, int background) {
    }

    private record Placed(Item item, float x, float y) {
    }

    private final List<Placed> placed = new ArrayList<>();
    private final float height;

    InlineFlow(List<String> words, Style wordStyle, List<BriefingContent.AreaChip> chips, String remark,
               Typography type, float width) {
        List<Item> items = new ArrayList<>();
        float space = wordStyle.width(" ");
        for (String text : words) {
            for (TextLine line : LineBreaker.wrap(List.of(new Run(wordStyle, text)), width)) {
                items.add(new Item(line, line.width(), line.leading(), line.baseline(), items.isEmpty() ? 0 : space, -1));
            }
        }
        for (BriefingContent.AreaChip chip : chips) {
            int color = AreaColors.parse(chip.color());
            int background = AreaColors.tint(color, TINT);
            Style style = type.chip.withColor(AreaColors.readableOn(color, background));
            for (TextLine line : LineBreaker.wrap(List.of(new Run(style, chip.label())), width - 2 * PAD_X)) {
                items.add(new Item(line, line.width() + 2 * PAD_X, line.leading() + 2 * PAD_Y, line.baseline() + PAD_Y,
                        gapBefore(items), background));
            }
        }
        if (!remark.isEmpty()) {
            Style style = type.chip.withColor(Typography.MUTED);
            for (TextLine line : LineBreaker.wrap(List.of(new Run(style, remark)), width)) {
                items.add(new Item(line, line.width(), line.leading() + 2 * PAD_Y, line.baseline() + PAD_Y,
                        gapBefore(items), -1));
            }
        }
        height = place(items, width);
    }

    private static float gapBefore(List<Item> items) {
        if (items.isEmpty()) {
            return 0;
        }
        return items.get(items.size() - 1).background() < 0 ? BEFORE_CHIPS : CHIP_GAP;
    }

    /** Fills lines left to right; returns the total height. */
    private float place(List<Item> items, float width) {
        float y = 0;
        int start = 0;
        while (start < items.size()) {
            float x = 0;
            int end = start;
            while (end < items.size()) {
                Item item = items.get(end);
                float gap = end == start ? 0 : item.gapBefore();
                if (end > start && x + gap + item.width() > width) {
                    break;
                }
                x += gap + item.width();
                end++;
            }
            float baseline = 0;
            float below = 0;
            for (int i = start; i < end; i++) {
                baseline = Math.max(baseline, items.get(i).baseline());
                below = Math.max(below, items.get(i).height() - items.get(i).baseline());
            }
            x = 0;
            for (int i = start; i < end; i++) {
                Item item = items.get(i);
                x += i == start ? 0 : item.gapBefore();
                placed.add(new Placed(item, x, y + baseline - item.baseline()));
                x += item.width();
            }
            y += baseline + below + (end < items.size() ? LINE_GAP : 0);
            start = end;
        }
        return y;
    }

    float height() {
        return height;
    }

    void draw(Canvas canvas, float left, float top) throws IOException {
        for (Placed p : placed) {
            float x = left + p.x();
            float y = top + p.y();
            if (p.item().background() >= 0) {
                canvas.fill(x, y, p.item().width(), p.item().height(), 2.5f, p.item().background());
                canvas.text(p.item().line(), x + PAD_X, y + PAD_Y);
            } else {
                canvas.text(p.item().line(), x, y + p.item().baseline() - p.item().line().baseline());
            }
        }
    }
}
