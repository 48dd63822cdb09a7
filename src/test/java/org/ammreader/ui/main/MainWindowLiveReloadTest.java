package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.io.Problem;
import org.ammreader.viewmodel.Notice;
import org.ammreader.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A model opened from a file follows the file as an author edits it in another editor: each save is read again,
 * keeping the selection, the filter and the zoom; an invalid save leaves the last good model on screen.
 */
class MainWindowLiveReloadTest extends MainWindowFixture {

    private static final String MEETING = "asean-eu-pmc";

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private static String bundledJson() throws IOException {
        try (InputStream in = ModelLoader.class.getResourceAsStream(ModelLoader.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Saves as many editors do: a new file beside, renamed over the old one. */
    private static void saveByRename(Path file, String json) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".swp");
        Files.writeString(temporary, json);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path openCopy(FxRobot robot, String name) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, bundledJson());
        filesToChoose.add(file);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.statusProperty().get().startsWith(name));
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }

    /** The status bar's notice, read where it is set: the scene graph is not for reading from the test's thread. */
    private String notice() {
        Notice notice = viewModel.noticeProperty().get();
        return notice == null ? "" : notice.in(Messages.forLanguage("en"));
    }

    private String titleOnTimeline(FxRobot robot) {
        return meeting(robot, MEETING).title().get("en");
    }

    @Test
    void theWindowFollowsValidInvalidAndValidSaves(FxRobot robot) throws Exception {
        Path file = openCopy(robot, "week.json");
        String json = bundledJson();
        String oldTitle = bundled.meeting(MEETING).orElseThrow().title().get("en");
        robot.interact(() -> {
            viewModel.selectMeeting(MEETING);
            viewModel.areaFilterProperty().set(AreaFilter.of(List.of("cyber", "maritime")));
            timeline(robot).fitDay(LocalDate.of(2019, 8, 1));
        });
        Instant visibleStart = timeline(robot).getVisibleStart();
        Instant visibleEnd = timeline(robot).getVisibleEnd();

        saveByRename(file, json.replace("\"" + oldTitle + "\"", "\"EU talks, edited\""));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notice().equals("Reloaded week.json"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("EU talks, edited", titleOnTimeline(robot));
        assertEquals(MEETING, viewModel.selectedMeetingProperty().get().id(), "the selection is kept");
        assertEquals("EU talks, edited", viewModel.selectedMeetingProperty().get().title().get("en"));
        assertEquals(AreaFilter.of(List.of("cyber", "maritime")), viewModel.areaFilterProperty().get());
        assertEquals(visibleStart, timeline(robot).getVisibleStart(), "the zoom is kept");
        assertEquals(visibleEnd, timeline(robot).getVisibleEnd());

        saveByRename(file, json.replaceFirst("\n        \"cyber\",", "\n        \"cyber-security\","));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notice().startsWith(
                "week.json was saved with "));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#statusLabel").contains("in the file"), text(robot, "#statusLabel"));
        assertNotNull(viewModel.problemsProperty().get());
        assertEquals("EU talks, edited", titleOnTimeline(robot), "the last good model stays on screen");
        assertEquals(MEETING, viewModel.selectedMeetingProperty().get().id());

        saveByRename(file, json);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notice().equals("Reloaded week.json"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(oldTitle, titleOnTimeline(robot));
        assertFalse(text(robot, "#statusLabel").contains("in the file"), text(robot, "#statusLabel"));
    }

    @Test
    void aDeletedFileIsSaidAndTheModelStays(FxRobot robot) throws Exception {
        Path file = openCopy(robot, "gone.json");
        Files.delete(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notice().equals(
                "gone.json was deleted or moved; the window keeps the last version read"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(bundled.meetings().size(), timeline(robot).getItems().size());
    }

    @Test
    void aSaveInAnotherFileOfTheFolderIsNotAReload(FxRobot robot) throws Exception {
        Path file = openCopy(robot, "mine.json");
        Files.writeString(folder.resolve("other.json"), "{}");
        saveByRename(file, bundledJson().replace("\"" + bundled.meeting(MEETING).orElseThrow().title().get("en")
                + "\"", "\"Only mine\""));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notice().equals("Reloaded mine.json"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Only mine", titleOnTimeline(robot));
    }

    @Test
    void theProblemsPaneNamesTheFileOnceListsEveryProblemAsTheCommandLineDoesAndClosesWhenTheFileIsValid(FxRobot robot)
            throws Exception {
        Path file = openCopy(robot, "problems.json");
        assertFalse(robot.lookup(".problems-pane").query().isVisible(), "no pane while the file is valid");
        String json = bundledJson();
        String broken = json.replaceFirst("\n        \"cyber\",", "\n        \"cyber-security\",")
                .replaceFirst("\"confidence\": \"confirmed\"", "\"confidence\": \"certain\"");
        saveByRename(file, broken);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.problemsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> printed = commandLineLines(file);
        assertEquals(2, printed.size(), String.join("\n", printed));
        ListView<?> list = robot.lookup(".problems-pane-list").queryAs(ListView.class);
        assertTrue(list.isVisible());
        List<ListCell<?>> cells = robot.lookup(".problem-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty()).<ListCell<?>>map(cell -> cell).toList();
        assertEquals(printed.stream().map(line -> line.substring(file.toString().length() + 1)).toList(),
                cells.stream().map(ListCell::getText).toList(), "the heading names the file, the lines do not");
        assertTrue(cells.stream().allMatch(cell -> cell.isWrapText() && cell.getWidth() <= list.getWidth()),
                "each problem wraps within the list");
        assertTrue(text(robot, ".problems-heading").startsWith("Problems in problems.json (2)"));
        assertTrue(text(robot, "#statusLabel").endsWith(" · 2 problems in the file"), text(robot, "#statusLabel"));

        // The keyboard picks the second problem.
        robot.interact(list::requestFocus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, list.getSelectionModel().getSelectedIndex());
        Problem second = viewModel.problemsProperty().get().problems().get(1);
        String excerpt = robot.lookup(".problems-excerpt").queryAs(TextArea.class).getText();
        String[] lines = excerpt.split("\n");
        String marked = java.util.Arrays.stream(lines).filter(l -> l.startsWith(second.line() + " | ")).findFirst()
                .orElseThrow(() -> new AssertionError(excerpt));
        String caret = lines[java.util.Arrays.asList(lines).indexOf(marked) + 1];
        assertEquals(marked.indexOf(" | ") + 3 + second.column() - 1, caret.indexOf('^'), excerpt);
        assertTrue(marked.contains("\"" + second.args().get(0) + "\""), "the line of the value at fault: " + excerpt);

        robot.clickOn(".problems-copy");
        assertEquals(printed.get(1), WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                Clipboard.getSystemClipboard().getString())));

        saveByRename(file, json);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.problemsProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".problems-pane").query().isVisible(), "the pane closes itself");
    }

    /** What --validate prints for the file, less its summary line. */
    private List<String> commandLineLines(Path file) {
        try {
            loader.load(file);
            throw new AssertionError("the file should be invalid");
        } catch (ModelException e) {
            return e.describe(Locale.ENGLISH);
        }
    }
}
