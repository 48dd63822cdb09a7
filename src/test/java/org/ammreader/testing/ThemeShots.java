package org.ammreader.testing;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.ammreader.color.Wcag;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** What a theme looks like on screen: the colour most pixels of a snapshot have, and contrasts. */
public final class ThemeShots {

    private ThemeShots() {
    }

    /** The colour most pixels of {@code node}'s snapshot have: what the eye takes for its background. */
    public static Color background(Node node) {
        return mostCommon(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null))));
    }

    /** As {@link #background(Node)}, for a whole window's scene. */
    public static Color background(Scene scene) {
        return mostCommon(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null))));
    }

    public static Color mostCommon(Image image) {
        PixelReader pixels = image.getPixelReader();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                counts.merge(pixels.getArgb(x, y), 1, Integer::sum);
            }
        }
        int argb = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    public static double luminance(Color color) {
        return Wcag.luminance(color.getRed(), color.getGreen(), color.getBlue());
    }

    public static double contrast(Color a, Color b) {
        return Wcag.ratio(luminance(a), luminance(b));
    }

    /** Clicks View → Theme → {@code item} in {@code scene}'s menu bar. */
    public static void chooseTheme(FxRobot robot, Scene scene, String view, String theme, String item) {
        robot.clickOn(robot.from(scene.getRoot()).lookup(view).<Node>query());
        robot.clickOn(robot.lookup(".context-menu").lookup(theme).<Node>query());
        // Across into the submenu first, then down it: a diagonal path would cross the View menu's next item,
        // which closes the submenu under the pointer.
        robot.clickOn(robot.lookup(".context-menu").lookup(item).<Node>query(), Motion.HORIZONTAL_FIRST);
    }
}
