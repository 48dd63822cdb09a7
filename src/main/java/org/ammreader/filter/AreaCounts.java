package org.ammreader.filter;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ammreader.model.Area;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/** How many meetings each cooperation area has, for the filter's labels. */
public final class AreaCounts {

    private AreaCounts() {
    }

    /** Area id → number of meetings tagged with it, in the model's area order. */
    public static Map<String, Integer> of(Model model) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Area area : model.areas()) {
            counts.put(area.id(), 0);
        }
        for (Meeting meeting : model.meetings()) {
            for (String area : meeting.areas()) {
                counts.merge(area, 1, Integer::sum);
            }
        }
        return counts;
    }
}
