package org.ammreader.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import org.ammreader.color.Wcag;
import org.ammreader.control.timeline.TimelineStyle;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Area;
import org.ammreader.model.Model;
import org.ammreader.settings.ThemeChoice;
import org.ammreader.timeline.MeetingTimelineAdapter;
import org.ammreader.timeline.MeetingTimelineStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every bundled area colour, and the colour of meetings with no area, stands out at 3:1 (WCAG non-text contrast)
 * from the timeline's background and its day bands, in the light theme and in the dark one, as the stylesheets
 * resolve them; and the PNG export's colours are the light theme's.
 */
@ExtendWith(ApplicationExtension.class)
class AreaColourContrastTest {

    /** The timeline's look as a window in {@code choice} resolves it from the theme's sheets. */
    static TimelineStyle resolved(ThemeChoice choice) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TimelineView<Object> view = new TimelineView<>();
            view.getStyleClass().add(MeetingTimelineStyle.STYLE_CLASS);
            Scene scene = new Scene(new Group(view));
            new Appearance(choice, Optional::empty).style(scene, List.of(MeetingTimelineStyle.SHEET));
            view.applyCss();
            return view.getTimelineStyle();
        }).get();
    }

    private static double contrast(Color a, Color b) {
        return Wcag.ratio(Wcag.luminance(a.getRed(), a.getGreen(), a.getBlue()),
                Wcag.luminance(b.getRed(), b.getGreen(), b.getBlue()));
    }

    @Test
    void everyAreaColourStandsOutOnBothThemesBackgrounds() throws Exception {
        Model bundled = new ModelLoader(JsonMappers.create()).loadBundled();
        TimelineStyle light = resolved(ThemeChoice.LIGHT);
        TimelineStyle dark = resolved(ThemeChoice.DARK);
        assertTrue(contrast(light.background(), dark.background()) > 10,
                "the themes' backgrounds: " + light.background() + " and " + dark.background());

        List<String> failures = new ArrayList<>();
        List<Area> areas = new ArrayList<>(bundled.areas());
        areas.add(new Area("(none)", null, MeetingTimelineAdapter.NEUTRAL.toString()));
        for (Area area : areas) {
            Color color = Color.web(area.color());
            for (TimelineStyle theme : List.of(light, dark)) {
                for (Color background : List.of(theme.background(), theme.dayBand())) {
                    double ratio = contrast(color, background);
                    if (ratio < Wcag.GRAPHICS_CONTRAST) {
                        failures.add(String.format("%s %s on %s: %.2f:1", area.id(), area.color(), background, ratio));
                    }
                }
            }
        }
        assertEquals(List.of(), failures, "area colours under 3:1");
    }

    @Test
    void thePngIsDrawnInTheLightThemeWhicheverTheWindowWears() throws Exception {
        TimelineStyle picture = WaitForAsyncUtils.asyncFx(MeetingTimelineStyle::resolve).get();
        assertEquals(resolved(ThemeChoice.LIGHT), picture);
        assertNotEquals(resolved(ThemeChoice.DARK).background(), picture.background());
    }
}
