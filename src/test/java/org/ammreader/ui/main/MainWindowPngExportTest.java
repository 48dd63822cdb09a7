package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export timeline as PNG… through its dialog: the choices, the file written, a failed write explained. */
class MainWindowPngExportTest extends MainWindowFixture {

    private static final Messages ENGLISH = Messages.forLanguage("en");
    private static final Pattern SIZE = Pattern.compile("The picture will be ([\\d,]+) × ([\\d,]+) pixels\\.");

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    /** The width and height the dialog announces now. */
    private static int[] announced(FxRobot robot) {
        String text = robot.lookup(".png-size").queryAs(Label.class).getText();
        Matcher m = SIZE.matcher(text);
        assertTrue(m.matches(), text);
        return new int[] {Integer.parseInt(m.group(1).replace(",", "")), Integer.parseInt(m.group(2).replace(",", ""))};
    }

    private static Node scaleButton(FxRobot robot, int scale) {
        return robot.lookup(".png-scale").match(n -> Integer.valueOf(scale).equals(n.getUserData())).query();
    }

    private void exportTo(FxRobot robot, Path target) {
        filesToSave.add(target);
        robot.clickOn(ENGLISH.get("png.export"));
    }

    @Test
    void theWholeWeekAtEachScaleIsWrittenAtTheSizeAnnounced(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        robot.clickOn(scaleButton(robot, 1));
        int[] oneX = announced(robot);
        robot.clickOn(scaleButton(robot, 3));
        int[] threeX = announced(robot);
        assertEquals(3 * oneX[0], threeX[0], 3, "3× is three times as wide");
        assertEquals(3 * oneX[1], threeX[1], 3, "and as high");
        robot.clickOn(scaleButton(robot, 1));
        Path target = folder.resolve("week-1x.png");
        exportTo(robot, target);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, ".status-notice")
                .startsWith("Saved week-1x.png"));
        BufferedImage image = ImageIO.read(target.toFile());
        assertEquals(oneX[0], image.getWidth());
        assertEquals(oneX[1], image.getHeight());
    }

    @Test
    void theVisibleRangeWithTheScreensZoomIsWrittenAtTheSizeAnnounced(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TimelineView<Meeting> view = robot.lookup(".timeline-view").queryAs(TimelineView.class);
        robot.interact(() -> view.fitDay(java.time.LocalDate.of(2019, 8, 1)));
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        robot.clickOn(scaleButton(robot, 1));
        int[] week = announced(robot);
        robot.clickOn(".png-range-visible");
        int[] day = announced(robot);
        robot.clickOn(".png-screen-zoom");
        int[] screenZoom = announced(robot);
        assertEquals(week[0], day[0], 2, "without the screen's zoom the day fills the same width as the week");
        assertTrue(screenZoom[0] != day[0], "keeping the zoom changes the width: " + screenZoom[0]);
        Path target = folder.resolve("day.png");
        exportTo(robot, target);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, ".status-notice").startsWith("Saved day.png"));
        BufferedImage image = ImageIO.read(target.toFile());
        assertEquals(screenZoom[0], image.getWidth());
        assertEquals(screenZoom[1], image.getHeight());
    }

    @Test
    void aFolderAsTheTargetIsExplainedAndNothingIsWritten(FxRobot robot) throws Exception {
        Path aFolder = Files.createDirectories(folder.resolve("pictures.png"));
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        exportTo(robot, aFolder);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent()
                && showing().size() == 2);
        DialogPane warning = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(ENGLISH.get("png.failed"), warning.getHeaderText());
        assertEquals(ENGLISH.get("write.isFolder", aFolder) + "\n\n" + ENGLISH.get("write.nothingLeft"),
                warning.getContentText());
        assertTrue(Files.isDirectory(aFolder));
        try (var left = Files.list(folder)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void aMissingFolderIsExplained(FxRobot robot) throws Exception {
        Path missing = folder.resolve("no-such-folder").resolve("week.png");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        exportTo(robot, missing);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent()
                && showing().size() == 2);
        DialogPane warning = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(ENGLISH.get("write.folderMissing", missing.getParent()) + "\n\n"
                + ENGLISH.get("write.nothingLeft"), warning.getContentText());
        assertFalse(Files.exists(missing.getParent()));
    }
}
