package org.ammreader.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Document;
import org.ammreader.model.Model;
import org.ammreader.viewmodel.ReaderModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A model in English, French and Spanish: the user picks which two sit side by side. */
@ExtendWith(ApplicationExtension.class)
class ReaderThreeLanguagesTest {

    private final Model model = ReaderModels.threeLanguages();
    private final Document statement = model.documents().get(0);
    private ReaderFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = ReaderFixture.show(stage, model, "en", 1200, 780);
    }

    private List<String> paragraph(int number, String left, String right) {
        return List.of(statement.paragraphs().get(number - 1).text().get(left),
                statement.paragraphs().get(number - 1).text().get(right));
    }

    private static void pick(FxRobot robot, String picker, String language) throws TimeoutException {
        robot.clickOn(picker);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".menu-item .label").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals(language)).findFirst().orElseThrow());
    }

    private static String shown(FxRobot robot, String picker) {
        return robot.lookup(picker + " > .label").queryAs(Label.class).getText();
    }

    @Test
    void theUserPicksAnyTwoOfTheModelsLanguages(FxRobot robot) throws TimeoutException {
        ReaderScreen screen = new ReaderScreen(robot);
        assertEquals(List.of("Français", "English"), List.of(shown(robot, ".left-language"),
                shown(robot, ".right-language")));
        assertEquals(paragraph(3, "fr", "en"), ReaderScreen.strings(screen.row(3)));

        pick(robot, ".left-language", "Español");
        assertEquals(paragraph(3, "es", "en"), ReaderScreen.strings(screen.row(3)));
        pick(robot, ".right-language", "Français");
        assertEquals(paragraph(3, "es", "fr"), ReaderScreen.strings(screen.row(3)));
        assertEquals(List.of("ESPAÑOL", "FRANÇAIS"), robot.lookup(".column-language").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());

        pick(robot, ".left-language", "Français");
        assertEquals(List.of("Français", "Español"), List.of(shown(robot, ".left-language"),
                shown(robot, ".right-language")), "picking the other column's language swaps the columns");
        assertEquals(paragraph(1, "fr", "es"), ReaderScreen.strings(screen.row(1)));
    }

    @Test
    void eachMatchingParagraphCarriesTheChipOfItsSelectedAreaInTheAreasColour(FxRobot robot) {
        ReaderScreen screen = new ReaderScreen(robot);
        WaitForAsyncUtils.asyncFx(() -> fixture.areaFilter.set(AreaFilter.of(List.of("climate"))));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), chipColours(screen.row(1)), "¶1 is about cybersecurity only");
        assertEquals(List.of(Color.web("#4F7A4A")), chipColours(screen.row(2)));
        assertEquals(List.of(Color.web("#4F7A4A")), chipColours(screen.row(3)), "trade is not selected: no chip");
        assertEquals(0.45, ReaderScreen.columns(screen.row(1)).get(0).getOpacity(), 0.001);
        assertEquals(1.0, ReaderScreen.columns(screen.row(3)).get(1).getOpacity(), 0.001);

        WaitForAsyncUtils.asyncFx(() -> fixture.areaFilter.set(AreaFilter.of(List.of("climate", "trade"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Color.web("#9A5B2E"), Color.web("#4F7A4A")), chipColours(screen.row(3)),
                "in the paragraph's own order of areas");
    }

    private static List<Paint> chipColours(Parent row) {
        return row.lookupAll(".area-chip").stream()
                .filter(ReaderScreen::shown)
                .sorted(Comparator.comparingDouble(chip -> ReaderScreen.sceneBounds(chip).getMinY()))
                .map(chip -> ((Region) chip).getBackground().getFills().get(0).getFill())
                .toList();
    }
}
