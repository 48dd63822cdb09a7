package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.ammreader.control.timeline.TimelineStyle;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.testing.ThemeShots;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View → Theme → Dark and back to Light, as a user sees it: the window's background, the timeline's drawing,
 * the reader, the text on them, a dialog and the briefing preview change; the PNG and the briefing's pages stay light.
 */
class MainWindowThemeTest extends MainWindowFixture {

    private static final Messages ENGLISH = Messages.forLanguage("en");

    private Stage main;

    @Start
    void start(Stage stage) throws ModelException {
        main = stage;
        show(stage);
    }

    private void choose(FxRobot robot, String themeKey) {
        ThemeShots.chooseTheme(robot, main.getScene(), menu(ENGLISH, "menu.view"), menu(ENGLISH, "menu.view.theme"),
                ENGLISH.get(themeKey));
    }

    private TimelineStyle timelineStyle(FxRobot robot) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> timeline(robot).getTimelineStyle()));
    }

    @Test
    void darkAndBackToLightThroughTheMenu(FxRobot robot) throws Exception {
        Color lightWindow = ThemeShots.background(main.getScene());
        Color lightTimeline = ThemeShots.background(timeline(robot));
        assertTrue(ThemeShots.luminance(lightWindow) > 0.8, "the light window: " + lightWindow);
        assertEquals(timelineStyle(robot).background(), lightTimeline, "the timeline's drawing is on its background");

        choose(robot, "menu.view.theme.dark");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> ThemeShots.luminance(ThemeShots.background(timeline(robot))) < 0.05);
        Color darkWindow = ThemeShots.background(main.getScene());
        Color darkTimeline = ThemeShots.background(timeline(robot));
        assertTrue(ThemeShots.luminance(darkWindow) < 0.05, "the dark window: " + darkWindow);
        assertEquals(timelineStyle(robot).background(), darkTimeline, "the canvas is drawn on the dark background");
        Label title = robot.lookup(".week-title").queryAs(Label.class);
        Color titleInk = (Color) title.getTextFill();
        assertTrue(ThemeShots.contrast(titleInk, darkWindow) >= 4.5, "the title " + titleInk + " on " + darkWindow);
        assertTrue(ThemeShots.contrast(timelineStyle(robot).text(), darkTimeline) >= 4.5,
                "the timeline's text on its dark background");

        robot.interact(() -> viewModel.selectMeeting("asean-eu-pmc"));
        robot.clickOn(".detail-document-link");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".document-title").tryQuery().isPresent());
        Color readerBackground = ThemeShots.background(robot.lookup(".reader").<Node>query());
        assertTrue(ThemeShots.luminance(readerBackground) < 0.05, "the reader is dark: " + readerBackground);
        Label documentTitle = robot.lookup(".document-title").queryAs(Label.class);
        assertTrue(ThemeShots.contrast((Color) documentTitle.getTextFill(), readerBackground) >= 4.5,
                "the reader's heading " + documentTitle.getTextFill() + " on " + readerBackground);
        // Back from the reading layout to the timeline, as it was measured in the light theme.
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);

        choose(robot, "menu.view.theme.light");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> ThemeShots.background(timeline(robot)).equals(lightTimeline));
        assertEquals(lightWindow, ThemeShots.background(main.getScene()), "the window is light again");
    }

    @Test
    void theExportedPictureStaysLightUnderTheDarkTheme(FxRobot robot) throws Exception {
        choose(robot, "menu.view.theme.dark");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> ThemeShots.luminance(ThemeShots.background(timeline(robot))) < 0.05);
        Color darkTimeline = timelineStyle(robot).background();

        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Color dialogBackground = ThemeShots.background(dialog.getScene());
        assertTrue(ThemeShots.luminance(dialogBackground) < 0.05, "the export dialog is dark: " + dialogBackground);
        robot.clickOn(robot.lookup(".png-scale").match(n -> Integer.valueOf(1).equals(n.getUserData())).<Node>query());
        Path target = folder.resolve("dark-week.png");
        filesToSave.add(target);
        robot.clickOn(ENGLISH.get("png.export"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, ".status-notice")
                .startsWith("Saved dark-week.png"));

        BufferedImage picture = ImageIO.read(target.toFile());
        Color paper = ThemeShots.mostCommon(SwingFXUtils.toFXImage(picture, null));
        assertEquals(Color.WHITE, paper, "the picture is on white");
        int dark = 0;
        int rgb = (int) Math.round(darkTimeline.getRed() * 255) << 16
                | (int) Math.round(darkTimeline.getGreen() * 255) << 8 | (int) Math.round(darkTimeline.getBlue() * 255);
        for (int x = 0; x < picture.getWidth(); x++) {
            for (int y = 0; y < picture.getHeight(); y++) {
                dark += (picture.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        assertEquals(0, dark, "pixels of the dark theme's background in the picture");
    }

    @Test
    void aDialogAndTheBriefingPreviewWearTheThemeAndTheSheetStaysPaperWhite(FxRobot robot) throws Exception {
        choose(robot, "menu.view.theme.dark");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> ThemeShots.luminance(ThemeShots.background(timeline(robot))) < 0.05);

        robot.clickOn(robot.from(main.getScene().getRoot()).lookup(menu(ENGLISH, "menu.help")).<Node>query());
        robot.clickOn(robot.lookup(".context-menu").lookup(menu(ENGLISH, "menu.help.about")).<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Color aboutBackground = ThemeShots.background(about.getScene());
        assertTrue(ThemeShots.luminance(aboutBackground) < 0.05, "About is dark: " + aboutBackground);
        Label header = robot.from(about).lookup(".header-panel .label").queryAs(Label.class);
        assertTrue(ThemeShots.contrast((Color) header.getTextFill(), aboutBackground) >= 4.5,
                "About's header " + header.getTextFill() + " on " + aboutBackground);
        robot.clickOn(robot.from(about).lookup(".button").<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 1);

        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".briefing-page").tryQuery().isPresent());
        Window preview = showing().stream().filter(w -> w != main).findFirst().orElseThrow();
        Color toolbar = ThemeShots.background(robot.from(preview.getScene().getRoot()).lookup(".briefing-toolbar")
                .<Node>query());
        assertTrue(ThemeShots.luminance(toolbar) < 0.05, "the preview's toolbar is dark: " + toolbar);
        ImageView page = robot.lookup(".briefing-page").queryAs(ImageView.class);
        assertEquals(Color.WHITE, ThemeShots.mostCommon(page.getImage()), "the sheet's first page is paper-white");
        robot.interact(() -> ((Stage) preview).close());
        assertEquals(List.of(main), showing());
    }
}
