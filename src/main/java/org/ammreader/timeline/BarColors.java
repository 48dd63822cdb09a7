package org.ammreader.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * A meeting's bar colour: that of its first area in the filter, so that with "Maritime security" chosen a meeting
 * tagged cybersecurity first and maritime second is drawn in the maritime colour the legend shows; a meeting
 * outside the filter (drawn faded) keeps its first area's colour; one with no area is neutral.
 */
public final class BarColors {

    /** For meetings tagged with no area. */
    public static final Color NEUTRAL = Color.web("#878f99");

    private final AreaFilter filter;
    /** Each area's colour, parsed once: a colour is asked for every meeting whenever the areas chosen change. */
    private final Map<String, Color> areaColors;

    public BarColors(Model model, AreaFilter filter) {
        this.filter = filter;
        this.areaColors = byArea(model);
    }

    /** Each area's colour, by the area's id: what the timeline's category colours are on screen. */
    public static Map<String, Color> byArea(Model model) {
        Map<String, Color> colors = new HashMap<>();
        model.areas().forEach(area -> colors.put(area.id(), Color.web(area.color())));
        return colors;
    }

    public Color of(Meeting meeting) {
        List<String> areas = meeting.areas();
        if (areas.isEmpty()) {
            return NEUTRAL;
        }
        String chosen = areas.get(0);
        if (!filter.all()) {
            // A plain loop: this runs for every meeting at each change of the areas chosen.
            for (String area : areas) {
                if (filter.includes(area)) {
                    chosen = area;
                    break;
                }
            }
        }
        return areaColors.getOrDefault(chosen, NEUTRAL);
    }
}
