package org.ammreader.control.timeline;

import static org.ammreader.control.timeline.DemoItems.BANGKOK;
import static org.ammreader.control.timeline.DemoItems.LANES;
import static org.ammreader.control.timeline.DemoItems.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class TimelineDataTest {

    @Test
    void itemsAreSortedByStartThenLane() {
        DemoItem late = DemoItems.timed("late", "asean", "Late", 1, 9, 0, 10, 0, DemoItems.CYBER, TimelineMarker.NONE);
        DemoItem lowerLane = DemoItems.timed("low", "mekong", "Low", 0, 9, 0, 10, 0, DemoItems.CYBER,
                TimelineMarker.NONE);
        DemoItem upperLane = DemoItems.timed("up", "pmc", "Up", 0, 9, 0, 10, 0, DemoItems.CYBER, TimelineMarker.NONE);

        TimelineData<DemoItem> data = TimelineData.of(List.of(late, lowerLane, upperLane), DemoItem.ADAPTER, LANES,
                BANGKOK);

        assertEquals(List.of(upperLane, lowerLane, late), data.items());
    }

    @Test
    void allDayItemsCoverWholeDaysInTheZone() {
        DemoItem twoDays = DemoItems.allDay("expo", "side", "Expo", 1, 2, DemoItems.NEUTRAL, TimelineMarker.NONE);
        DemoItem endsAtMidnight = new DemoItem("m", "side", "Midnight", at(3, 10, 0), at(4, 0, 0), true,
                DemoItems.NEUTRAL, TimelineMarker.NONE);

        TimelineData<DemoItem> data = TimelineData.of(List.of(twoDays, endsAtMidnight), DemoItem.ADAPTER, LANES,
                BANGKOK);

        assertEquals(midnight(1), data.table.start[0]);
        assertEquals(midnight(3), data.table.end[0]);
        assertEquals(ItemKind.ALL_DAY, data.table.kind[0]);
        assertEquals(midnight(3), data.table.start[1]);
        assertEquals(midnight(4), data.table.end[1], "an end at midnight does not add a day");
    }

    @Test
    void anItemWithoutAnEndIsDrawnForANominalSpan() {
        DemoItem open = DemoItems.open("press", "asean", "Press", 2, 17, 30, DemoItems.NEUTRAL);

        TimelineData<DemoItem> data = TimelineData.of(List.of(open), DemoItem.ADAPTER, LANES, BANGKOK);

        assertEquals(ItemKind.OPEN_END, data.table.kind[0]);
        assertEquals(ItemTable.OPEN_END_SPAN_MS, data.table.end[0] - data.table.start[0]);
    }

    @Test
    void itemsOfUnknownLanesAreKeptButNotShown() {
        DemoItem stray = DemoItems.timed("x", "nowhere", "Stray", 0, 9, 0, 10, 0, DemoItems.CYBER,
                TimelineMarker.NONE);
        DemoItem kept = DemoItems.timed("y", "asean", "Kept", 0, 9, 0, 10, 0, DemoItems.CYBER, TimelineMarker.NONE);

        TimelineData<DemoItem> data = TimelineData.of(List.of(stray, kept), DemoItem.ADAPTER, LANES, BANGKOK);

        assertEquals(2, data.size());
        assertFalse(data.isShown(stray));
        assertTrue(data.isShown(kept));
        assertEquals(1, data.stacking.visible.count(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2));
    }

    @Test
    void hidingRestacksWhileFadingKeepsEveryRow() {
        List<DemoItem> week = DemoItems.week();
        TimelineData<DemoItem> all = TimelineData.of(week, DemoItem.ADAPTER, LANES, BANGKOK);
        DemoItem china = byId(week, "china");
        DemoItem eu = byId(week, "eu");
        assertEquals(1, all.stacking.row[all.indexOf(eu)], "the EU PMC overlaps the China PMC");

        TimelineData<DemoItem> hidden = all.withFilter(item -> item != china, false);
        TimelineData<DemoItem> faded = all.withFilter(item -> item != china, true);

        assertFalse(hidden.isShown(china));
        assertEquals(0, hidden.stacking.row[hidden.indexOf(eu)], "with China hidden the EU PMC moves up");
        assertTrue(faded.isShown(china));
        assertTrue(faded.faded[faded.indexOf(china)]);
        assertFalse(faded.selectable(faded.indexOf(china)));
        assertArrayEquals(all.stacking.row, faded.stacking.row);
    }

    @Test
    void shownCategoriesHideOrFadeTheItemsInNoneOfThemAndCombineWithTheFilter() {
        List<DemoItem> week = DemoItems.week();
        TimelineData<DemoItem> all = TimelineData.of(week, DemoItem.ADAPTER, LANES, BANGKOK);

        TimelineData<DemoItem> security = all.withFilter(null, Set.of("security"), false);
        for (DemoItem item : week) {
            boolean inSecurity = DemoItems.areasOf(item.color()).contains("security");
            assertEquals(inSecurity, security.isShown(item), item.id());
        }
        TimelineData<DemoItem> tradeButChina = all.withFilter(item -> !item.id().equals("china"), Set.of("trade"),
                false);
        assertFalse(tradeButChina.isShown(byId(week, "china")));
        assertTrue(tradeButChina.isShown(byId(week, "korea")));
        assertFalse(tradeButChina.isShown(byId(week, "som")), "an item with no category is in none shown");

        TimelineData<DemoItem> faded = all.withFilter(null, Set.of("trade"), true);
        assertTrue(faded.faded[faded.indexOf(byId(week, "eu"))]);
        assertFalse(faded.faded[faded.indexOf(byId(week, "china"))]);
        assertArrayEquals(all.stacking.row, faded.stacking.row);
    }

    @Test
    void highlightMarksMatchesWithoutTouchingTheLayout() {
        List<DemoItem> week = DemoItems.week();
        TimelineData<DemoItem> data = TimelineData.of(week, DemoItem.ADAPTER, LANES, BANGKOK)
                .withFilter(item -> !item.title().startsWith("ASEAN–"), false);

        TimelineData<DemoItem> marked = data.withHighlight(item -> item.title().contains("Mekong"));

        assertTrue(marked.highlighted[marked.indexOf(byId(week, "mgc"))]);
        assertFalse(marked.highlighted[marked.indexOf(byId(week, "arf"))]);
        assertEquals(data.stacking, marked.stacking);
    }

    @Test
    void theSpanOfShownItems() {
        TimelineData<DemoItem> data = TimelineData.of(DemoItems.week(), DemoItem.ADAPTER, LANES, BANGKOK);

        assertEquals(Instant.ofEpochMilli(midnight(0)), data.earliest().orElseThrow());
        assertEquals(Instant.ofEpochMilli(midnight(6)), data.latest().orElseThrow(), "Wrap-up lasts all Saturday");
        assertTrue(TimelineData.empty(LANES, BANGKOK).earliest().isEmpty());
    }

    @Test
    void findsAnItemByIdentityOrByEquality() {
        List<DemoItem> week = DemoItems.week();
        TimelineData<DemoItem> data = TimelineData.of(week, DemoItem.ADAPTER, LANES, BANGKOK);
        DemoItem arf = byId(week, "arf");
        DemoItem copy = new DemoItem(arf.id(), arf.lane(), arf.title(), arf.start(), arf.end(), arf.allDay(),
                arf.color(), arf.marker());

        assertEquals(arf, data.item(data.indexOf(copy)));
        assertEquals(-1, data.indexOf("not an item"));
        assertEquals(-1, data.indexOf(null));
    }

    @Test
    void deepStacksAreCountedPerLane() {
        List<DemoItem> crowd = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            crowd.add(DemoItems.timed("c" + k, "pmc", "Crowd " + k, 1, 9, 0, 12, 0, DemoItems.TRADE,
                    TimelineMarker.NONE));
        }

        TimelineData<DemoItem> data = TimelineData.of(crowd, DemoItem.ADAPTER, LANES, BANGKOK);

        assertEquals(12, data.stacking.laneRows[1]);
        assertEquals(1, data.stacking.laneRows[0], "an empty lane keeps one row");
        RowMetrics regular = RowMetrics.REGULAR;
        LaneGeometry capped = new LaneGeometry(data.stacking, 8, regular, new int[] {1, 1});
        assertNotEquals(capped.height(1), new LaneGeometry(data.stacking, 12, regular, new int[] {1, 1}).height(1));
        assertEquals(regular.padTop() + 8 * regular.pitch() + regular.padBottom(), capped.height(1), 1e-9);
    }

    private static long midnight(int day) {
        return LocalDate.of(2019, 7, 29).plusDays(day).atStartOfDay(BANGKOK).toInstant().toEpochMilli();
    }

    static DemoItem byId(List<DemoItem> items, String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** A category's colour goes to the items whose first shown category it is; the others keep their own. */
    @Test
    void categoryColoursFollowTheFirstShownCategory() {
        DemoItem cyber = DemoItems.timed("c", "asean", "Cyber", 0, 9, 0, 10, 0, DemoItems.CYBER, TimelineMarker.NONE);
        DemoItem maritime = DemoItems.timed("m", "asean", "Maritime", 1, 9, 0, 10, 0, DemoItems.MARITIME,
                TimelineMarker.NONE);
        DemoItem none = DemoItems.timed("n", "asean", "None", 2, 9, 0, 10, 0, DemoItems.NEUTRAL,
                TimelineMarker.NONE);
        TimelineData<DemoItem> data = TimelineData.of(List.of(cyber, maritime, none), DemoItem.ADAPTER, LANES,
                BANGKOK);
        Map<String, Color> palette = Map.of("cyber", Color.RED, "maritime", Color.BLUE, "security", Color.GREEN);

        assertArrayEquals(new Color[] {Color.RED, Color.BLUE, DemoItems.NEUTRAL},
                data.withCategoryColors(palette, null).table.color, "every category shown: the first one's colour");
        assertArrayEquals(new Color[] {Color.RED, Color.GREEN, DemoItems.NEUTRAL},
                data.withCategoryColors(palette, Set.of("security")).table.color,
                "the first category shown; an item with none shown takes its first");
        assertArrayEquals(new Color[] {Color.RED, DemoItems.MARITIME, DemoItems.NEUTRAL},
                data.withCategoryColors(Map.of("cyber", Color.RED), null).table.color,
                "a category without a colour leaves the adapter's");
    }
}
