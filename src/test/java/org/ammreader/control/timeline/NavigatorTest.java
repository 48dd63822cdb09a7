package org.ammreader.control.timeline;

import static org.ammreader.control.timeline.DemoItems.BANGKOK;
import static org.ammreader.control.timeline.DemoItems.LANES;
import static org.ammreader.control.timeline.TimelineDataTest.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigatorTest {

    private final List<DemoItem> week = DemoItems.week();
    private final TimelineData<DemoItem> data = TimelineData.of(week, DemoItem.ADAPTER, LANES, BANGKOK);
    private final Navigator nav = new Navigator(data);

    @Test
    void nextAndPreviousFollowStartThenLane() {
        // Both start Monday 00:00: the ASEAN lane's SOM before the APT lane's ARF SOM.
        assertEquals("som", id(nav.first()));
        assertEquals("arf-som", id(nav.next(nav.first())));
        assertEquals("som", id(nav.previous(index("arf-som"))));
        assertEquals("media", id(nav.last()), "the media briefing (Sat 10:00) starts after the all-day wrap-up");
        assertEquals(-1, nav.next(nav.last()));
        assertEquals(-1, nav.previous(nav.first()));
    }

    @Test
    void upAndDownPickTheNearestStartInTheNextLaneThatHasItems() {
        // From the EU PMC (Thu 09:10) down to APT/EAS/ARF: the APT FMM (Fri 09:00) beats the ARF SOM (Mon).
        assertEquals("apt", id(nav.laneNeighbour(index("eu"), 1)));
        // From Russia (Thu 15:10) up to ASEAN: the press conference (Wed 17:30) is nearer than the
        // Coordinating Council (Wed 15:00).
        assertEquals("press", id(nav.laneNeighbour(index("russia"), -1)));
        // From the APT FMM (Fri 09:00) down to Mekong: Mekong–Lancang (Fri 08:00) is nearest.
        assertEquals("mlc", id(nav.laneNeighbour(index("apt"), 1)));
        assertEquals(-1, nav.laneNeighbour(index("som"), -1), "nothing above the first lane");
    }

    @Test
    void upAndDownSkipLanesWithNothingToSelect() {
        TimelineData<DemoItem> noMekong = data.withFilter(item -> !item.lane().equals("mekong"), false);

        int from = noMekong.indexOf(byId(week, "eas"));

        // Mekong is empty: from the EAS FMM (Fri 10:15) down to the side events, the wrap-up (Sat) is nearest.
        assertEquals("wrap", noMekong.item(new Navigator(noMekong).laneNeighbour(from, 1)).id());
    }

    @Test
    void fadedItemsAreSkippedButStillAPlaceToMoveFrom() {
        TimelineData<DemoItem> faded = data.withFilter(item -> !item.id().equals("arf-som"), true);
        Navigator fadedNav = new Navigator(faded);
        int arfSom = faded.indexOf(byId(week, "arf-som"));

        assertEquals("expo", faded.item(fadedNav.next(faded.indexOf(byId(week, "som")))).id());
        assertEquals("expo", faded.item(fadedNav.next(arfSom)).id());
        assertEquals("som", faded.item(fadedNav.previous(arfSom)).id());
        // Up from the faded ARF SOM (Mon 00:00) to PMC+1, whose nearest item is the China PMC (Thu 09:00).
        assertEquals("china", faded.item(fadedNav.laneNeighbour(arfSom, -1)).id());
    }

    @Test
    void withNothingSelectedTheFirstItemInViewIsTheStart() {
        long thursday = DemoItems.at(3, 0, 0).toEpochMilli();

        assertEquals("expo", id(nav.firstEndingAfter(thursday)), "the expo runs into Thursday");
        assertEquals("cyber-ws", id(nav.lastStartingBefore(DemoItems.at(3, 9, 5).toEpochMilli())));
    }

    private int index(String id) {
        return data.indexOf(byId(week, id));
    }

    private String id(int i) {
        return i < 0 ? null : data.item(i).id();
    }

    @Test
    void anItemInTwoLanesHasAPlaceInEachAndNextAndPreviousPassOverItsCopy() {
        DemoItem eu = byId(week, "eu");
        String second = byId(week, "apt").lane();
        TimelineAdapter<DemoItem> twoLanes = new DemoItem.Adapter() {
            @Override
            public Collection<String> lanes(DemoItem item) {
                return item == eu ? List.of(item.lane(), second) : List.of(item.lane());
            }
        };
        TimelineData<DemoItem> both = TimelineData.of(week, twoLanes, LANES, BANGKOK);
        assertEquals(week.size() + 1, both.size());
        int first = both.indexOf(eu);
        int copy = both.table.nextCopy[first];
        assertTrue(copy > first, "a second place, later in display order");
        assertEquals(eu, both.item(copy));
        assertEquals(second, LANES.get(both.table.lane[copy]).id());
        assertEquals(-1, both.table.nextCopy[copy]);
        Navigator twice = new Navigator(both);
        assertNotEquals(eu, both.item(twice.next(first)));
        assertNotEquals(eu, both.item(twice.previous(copy)));
    }
}
