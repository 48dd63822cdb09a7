package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.cli.Cli;
import org.ammreader.i18n.Messages;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → New week…: the form refuses what it cannot make, then writes a valid week where asked and opens it. */
class MainWindowNewWeekTest extends MainWindowFixture {

    private static final Messages ENGLISH = Messages.forLanguage("en");

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private static void openTheDialog(FxRobot robot) throws Exception {
        robot.clickOn(ENGLISH.get("menu.file").replace("_", ""));
        robot.clickOn(ENGLISH.get("menu.file.newWeek"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
    }

    /** Replaces the text of the field {@code query} by {@code text}, as a user selecting it all and typing. */
    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    /** Types {@code date} in the date picker {@code query}, in the format the picker shows. */
    private static void typeDate(FxRobot robot, String query, LocalDate date) {
        DatePicker picker = robot.lookup(query).queryAs(DatePicker.class);
        retype(robot, query + " .text-field", picker.getConverter().toString(date));
    }

    private static String problems(FxRobot robot) {
        return text(robot, ".new-week-problems");
    }

    private static Node createButton(FxRobot robot) {
        DialogPane pane = robot.lookup(".new-week").queryAs(DialogPane.class);
        ButtonType create = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        return pane.lookupButton(create);
    }

    private static int validate(Path file, ByteArrayOutputStream out) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Locale.ENGLISH,
                new ModelLoader(JsonMappers.create())).run("--validate", file.toString());
    }

    @Test
    void aFilledFormWritesAValidWeekWhereChosenAndOpensIt(FxRobot robot) throws Exception {
        openTheDialog(robot);
        assertTrue(createButton(robot).isDisabled(), "nothing to make without a title");
        assertEquals(ENGLISH.get("newWeek.problem.title"), problems(robot));

        retype(robot, ".new-week-title", "Pacific Islands Forum week");
        LocalDate start = LocalDate.of(2025, 9, 8);
        typeDate(robot, ".new-week-start", start);
        typeDate(robot, ".new-week-end", start.minusDays(1));
        assertEquals(ENGLISH.get("newWeek.problem.endBeforeStart"), problems(robot));
        assertTrue(createButton(robot).isDisabled());
        typeDate(robot, ".new-week-end", start.plusDays(4));

        retype(robot, ".new-week-zone .text-field", "Pacific/Atlantis");
        assertEquals(ENGLISH.get("newWeek.problem.timeZone"), problems(robot));
        assertTrue(createButton(robot).isDisabled());
        retype(robot, ".new-week-zone .text-field", "Pacific/Honolulu");

        retype(robot, ".new-week-second-language", "en");
        assertEquals(ENGLISH.get("newWeek.problem.sameLanguage"), problems(robot));
        assertTrue(createButton(robot).isDisabled());
        retype(robot, ".new-week-second-language", "fr");

        assertEquals("", problems(robot));
        assertFalse(createButton(robot).isDisabled());
        Path target = folder.resolve("pacific-week.json");
        filesToSave.add(target);
        robot.clickOn(createButton(robot));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing().size() == 1
                && "Pacific Islands Forum week".equals(text(robot, ".week-title")));
        // The title is shown before the opening has finished (the file's watch starts after it): let it finish.
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, ".status-text").startsWith("pacific-week.json · 1 meeting ·"),
                text(robot, ".status-text"));
        assertEquals(ENGLISH.get("newWeek.written", target), text(robot, ".status-notice"));
        assertTrue(filesToSave.isEmpty(), "the save dialog was asked");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, validate(target, out), "the written file passes --validate");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("valid; 1 meeting over 5 days"),
                out.toString(StandardCharsets.UTF_8));
        String json = Files.readString(target);
        assertTrue(json.contains("\"timeZone\": \"Pacific/Honolulu\""), json);
        assertTrue(json.contains("\"startDate\": \"2025-09-08\""), json);
    }

    @Test
    void cancellingTheSaveDialogWritesNothingAndKeepsTheWeek(FxRobot robot) throws Exception {
        openTheDialog(robot);
        retype(robot, ".new-week-title", "Nothing written");
        robot.clickOn(createButton(robot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(bundled.title().get("en"), text(robot, ".week-title"));
        try (var files = Files.list(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("nothing-written")));
        }
    }

    @Test
    void theFieldsAreLabelled(FxRobot robot) throws Exception {
        openTheDialog(robot);
        for (String key : new String[] {"newWeek.weekTitle", "newWeek.start", "newWeek.end", "newWeek.timeZone",
                "newWeek.languages"}) {
            Label label = robot.lookup(".new-week .label").match(n -> ENGLISH.get(key).equals(((Label) n).getText()))
                    .queryAs(Label.class);
            assertTrue(label.getLabelFor() != null, key + " labels its field");
        }
        assertEquals(TextField.class, robot.lookup(".new-week-title").query().getClass());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 1);
    }

    @Test
    void aReadOnlyPlaceIsExplainedAndTheWeekStays(FxRobot robot) throws Exception {
        openTheDialog(robot);
        retype(robot, ".new-week-title", "Nowhere to write");
        // /sys refuses new files even to root, which a folder with its write bits removed does not.
        filesToSave.add(Path.of("/sys/nowhere-to-write.json"));
        robot.clickOn(createButton(robot));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent()
                && showing().size() == 2 && robot.lookup(".new-week").tryQuery().isEmpty());
        DialogPane warning = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(ENGLISH.get("newWeek.failed"), warning.getHeaderText());
        assertEquals(ENGLISH.get("write.denied", Path.of("/sys")) + "\n\n" + ENGLISH.get("write.nothingLeft"),
                warning.getContentText());
        assertEquals(bundled.title().get("en"), text(robot, ".week-title"));
        assertEquals("", text(robot, ".status-notice"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 1);
    }
}
