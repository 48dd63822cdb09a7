package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.ammreader.testing.ThemeShots;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lanes by delegation in a French window with French content: the menu, the lane names, the agenda, the roles. */
class MainWindowLanesFrenchTest extends MainWindowFixture {

    private static final Messages FRENCH = Messages.forLanguage("fr");
    private Stage main;

    @Start
    void start(Stage stage) throws ModelException {
        main = stage;
        show(stage, "fr");
    }

    @Test
    void parDelegationTheLanesAndTheAgendaSpeakFrench(FxRobot robot) throws TimeoutException {
        robot.interact(() -> viewModel.contentLanguageProperty().set("fr"));
        ThemeShots.chooseTheme(robot, main.getScene(), menu(FRENCH, "menu.view"), menu(FRENCH, "menu.view.lanes"),
                menu(FRENCH, "menu.view.lanes.delegations"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> MainWindowLanesTest.laneLabels(robot).contains("États-Unis"));
        assertEquals(List.of("ASEAN", "Banque asiatique de développement", "Banque mondiale", "Union européenne"),
                MainWindowLanesTest.laneLabels(robot).subList(0, 4));
        List<String> lanes = MainWindowLanesTest.lanesOf(robot, "asean-us-pmc");
        assertTrue(lanes.containsAll(List.of("États-Unis", "Thaïlande")), lanes.toString());
        Meeting meeting = meeting(robot, "asean-us-pmc");
        robot.interact(() -> viewModel.selectedMeetingProperty().set(meeting));
        String detail = MainWindowLanesTest.agendaDetail(robot, meeting);
        assertTrue(detail.contains("États-Unis") && detail.contains("Thaïlande"), detail);
        assertEquals(FRENCH.get("detail.actors"), robot.lookup(".detail-section").match(node -> node instanceof Label l
                && l.getText().equals(FRENCH.get("detail.actors"))).queryAs(Label.class).getText());
        assertTrue(robot.lookup(".detail-actor-link").queryAllAs(Hyperlink.class).stream()
                .anyMatch(link -> link.getText().equals("Mike Pompeo (coprésidence)")));
    }
}
