package org.ammreader.briefing;

import java.util.ArrayList;
import java.util.List;

/**
 * Places slices on pages from top to bottom. A page breaks before a slice when the slice, together with the
 * slices it is kept with, does not fit in what is left of the page; a group taller than a whole page flows on
 * regardless, breaking only where its next slice does not fit. After a break, the slice's repeated heading (if any) comes first on the new page.
 */
final class Paginator {

    /** A slice and the y of its top on its page. */
    record Placed(Slice slice, float top) {
    }

    private Paginator() {
    }

    static List<List<Placed>> paginate(List<Slice> slices, float top, float bottom) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        float y = top;
        for (int i = 0; i < slices.size(); i++) {
            Slice slice = slices.get(i);
            float group = groupHeight(slices, i);
            float below = y + slice.spaceBefore();
            boolean groupFits = below + group <= bottom || group > bottom - top;
            if (!page.isEmpty() && (!groupFits || below + slice.height() > bottom)) {
                pages.add(page);
                page = new ArrayList<>();
                y = top;
                if (slice.repeat() != null) {
                    page.add(new Placed(slice.repeat(), y));
                    y += slice.repeat().height();
                }
            }
            y += page.isEmpty() ? 0 : slice.spaceBefore();
            page.add(new Placed(slice, y));
            y += slice.height();
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** The height of the slice and of those kept with it, without the first one's space before. */
    private static float groupHeight(List<Slice> slices, int from) {
        float height = slices.get(from).height();
        for (int i = from; i < slices.size() - 1 && slices.get(i).keepWithNext(); i++) {
            height += slices.get(i + 1).spaceBefore() + slices.get(i + 1).height();
        }
        return height;
    }
}
