package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.ammreader.calendar.CalendarWriter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export calendar…: the meetings the window shows, in its content language; a refused place explained. */
class MainWindowCalendarExportTest extends MainWindowFixture {

    private static final Messages ENGLISH = Messages.forLanguage("en");

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private void exportThroughTheMenu(FxRobot robot, Path target) {
        filesToSave.add(target);
        robot.clickOn(ENGLISH.get("menu.file").replace("_", ""));
        robot.clickOn(ENGLISH.get("menu.file.exportIcs").replace("_", ""));
    }

    private static List<VEvent> events(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            Calendar calendar = new CalendarBuilder().build(in);
            return calendar.getComponents(Component.VEVENT);
        }
    }

    @Test
    void theCyberMeetingsInFrenchAreWrittenAndTheStatusBarCountsThem(FxRobot robot) throws Exception {
        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        robot.clickOn(robot.lookup(".area-toggle").match(n -> "cyber".equals(n.getUserData())).<Node>query());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("FR");
        Path target = folder.resolve("cyber-fr.ics");
        exportThroughTheMenu(robot, target);

        AreaFilter cyber = AreaFilter.of(List.of("cyber"));
        List<String> expected = bundled.meetings().stream().filter(m -> cyber.matches(m.areas()))
                .map(m -> CalendarWriter.uid(bundled, m)).sorted().toList();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, ".status-notice")
                .equals("Saved cyber-fr.ics (" + expected.size() + " events)."));
        List<VEvent> events = events(target);
        assertEquals(expected, events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .sorted().toList());
        String firstUid = events.get(0).getProperty(Property.UID).orElseThrow().getValue();
        String frenchTitle = bundled.meetings().stream().filter(m -> CalendarWriter.uid(bundled, m).equals(firstUid))
                .findFirst().orElseThrow().title().get("fr");
        assertEquals(frenchTitle, events.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue());
    }

    @Test
    void aReadOnlyPlaceIsExplainedAndNothingIsLeft(FxRobot robot) throws Exception {
        // /sys refuses new files even to root, which a folder with its write bits removed does not.
        Path target = Path.of("/sys/amm-reader-week.ics");
        exportThroughTheMenu(robot, target);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent()
                && showing().size() == 2);
        DialogPane warning = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(ENGLISH.get("ics.failed"), warning.getHeaderText());
        assertEquals(ENGLISH.get("write.denied", Path.of("/sys")) + "\n\n" + ENGLISH.get("write.nothingLeft"),
                warning.getContentText());
        try (Stream<Path> left = Files.list(Path.of("/sys"))) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().contains("amm-reader-week")));
        }
        assertTrue(text(robot, ".status-notice").isEmpty());
    }
}
