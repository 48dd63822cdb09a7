package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ammreader.control.timeline.TimelineStyle;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.export.PictureRequest;
import org.ammreader.timeline.LaneGrouping;
import org.ammreader.export.PngExporter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The exported PNG is drawn in the colours the window's timeline resolves from the theme: its lane column, its
 * grid and the titles beside its bars, sampled in the picture and on the screen.
 */
class ExportLooksLikeTheScreenTest extends MainWindowFixture {

    private static final int MARGIN = 32;

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    @Test
    void thePictureTakesTheWindowsColours(FxRobot robot) throws Exception {
        TimelineView<?> view = robot.lookup(".meeting-timeline").queryAs(TimelineView.class);
        TimelineStyle screen = WaitForAsyncUtils.asyncFx(view::getTimelineStyle).get();
        BufferedImage shown = SwingFXUtils.fromFXImage(WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null))
                .get(), null);
        Path file = folder.resolve("week.png");
        new PngExporter().export(PictureRequest.wholeWeek(bundled, AreaFilter.ALL, "en", LaneGrouping.TRACKS, 1,
                LocalDate.of(2026, 12, 4), "test"), file, (done, total) -> { });
        BufferedImage picture = ImageIO.read(file.toFile());

        int columnOnScreen = count(shown, screen.surface(), 4, 0, 1, shown.getHeight());
        int columnInPicture = count(picture, screen.surface(), MARGIN + 2, 0, 1, picture.getHeight());
        assertTrue(columnOnScreen > shown.getHeight() / 2, "the lane column on screen: " + columnOnScreen + " px");
        assertTrue(columnInPicture > 300, "the lane column in the picture: " + columnInPicture + " px of "
                + screen.surface());

        int gridOnScreen = count(shown, screen.grid(), 0, 0, shown.getWidth(), shown.getHeight());
        int gridInPicture = count(picture, screen.grid(), 0, 0, picture.getWidth(), picture.getHeight());
        assertTrue(gridOnScreen > 300, "the grid on screen: " + gridOnScreen + " px");
        assertTrue(gridInPicture > 1000, "the grid in the picture: " + gridInPicture + " px of " + screen.grid());

        int titlesInPicture = count(picture, screen.text(), MARGIN, 0, picture.getWidth() - MARGIN,
                picture.getHeight());
        assertTrue(titlesInPicture > 500, "the titles beside the bars: " + titlesInPicture + " px of "
                + screen.text());
    }

    /** The pixels of exactly {@code color} in a rectangle of {@code image}. */
    private static int count(BufferedImage image, Color color, int x, int y, int width, int height) {
        int rgb = (int) Math.round(color.getRed() * 255) << 16 | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
        int count = 0;
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                if ((image.getRGB(i, j) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
