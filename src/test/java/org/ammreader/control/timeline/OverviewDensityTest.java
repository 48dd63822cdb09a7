package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview strip's counts, against counting every item in every slice. */
class OverviewDensityTest {

    @Test
    void eachSliceCountsTheShownItemsUnderWayInIt() {
        TimelineData<DemoItem> all = TimelineData.of(DemoItems.random(3_000, 2, 17), DemoItem.ADAPTER,
                DemoItems.LANES, DemoItems.BANGKOK);
        // Half the lanes hidden, so the counts must skip what the filter hides.
        TimelineData<DemoItem> data = all.withFilter(item -> List.of("asean", "eas", "side").contains(item.lane()),
                false);
        TimeWindow extent = new TimeWindow(data.earliest().orElseThrow().toEpochMilli(),
                data.latest().orElseThrow().toEpochMilli());
        OverviewDensity density = OverviewDensity.of(data, extent);

        int[] expected = new int[OverviewDensity.BUCKETS];
        int max = 0;
        for (int b = 0; b < OverviewDensity.BUCKETS; b++) {
            long from = extent.start() + (long) Math.ceil(b * (double) extent.span() / OverviewDensity.BUCKETS);
            long to = extent.start() + (long) Math.ceil((b + 1) * (double) extent.span() / OverviewDensity.BUCKETS);
            for (int i = 0; i < data.size(); i++) {
                if (data.selectable(i) && data.table.start[i] < to && data.table.end[i] > from) {
                    expected[b]++;
                }
            }
            max = Math.max(max, expected[b]);
        }
        for (int b = 0; b < OverviewDensity.BUCKETS; b++) {
            double from = b / (double) OverviewDensity.BUCKETS;
            assertEquals(expected[b], density.peak(from, from + 1.0 / OverviewDensity.BUCKETS), "slice " + b);
        }
        assertEquals(max, density.max());
    }

    @Test
    void nothingShownCountsNothing() {
        TimelineData<DemoItem> data = TimelineData.of(DemoItems.week(), DemoItem.ADAPTER, DemoItems.LANES,
                DemoItems.BANGKOK).withFilter(item -> false, false);
        OverviewDensity density = OverviewDensity.of(data, new TimeWindow(0, 1_000_000_000_000L));
        assertEquals(0, density.max());
        assertEquals(0, density.peak(0, 1));
    }
}
