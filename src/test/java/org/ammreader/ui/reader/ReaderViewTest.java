package org.ammreader.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
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

/** The reader as a user meets it, on the bundled declaration: French | English, paragraph beside paragraph. */
@ExtendWith(ApplicationExtension.class)
class ReaderViewTest {

    private static final String MFA_URL =
            "https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2019/08/010819_ASEAN-EU";
    private static final String SOURCES = MFA_URL
            + " · https://fr.vietnamplus.vn/aseanue-declaration-commune-sur-la-cooperation-de-la-cybersecurite"
            + "/124788.vnp"
            + " · https://canhco.net/asean-va-eu-ra-tuyen-bo-chung-ve-hop-tac-an-ninh-mang-p259569.html"
            + " · https://www.eeas.europa.eu/node/66098_en";

    /** What the citation line of paragraph {@code n} says in English. */
    private static String citation(int n) {
        return "— The project’s rendition of the ASEAN–EU Statement on Cybersecurity Cooperation (1 August 2019)"
                + " as reported by its sources; paragraph " + n + " in the project’s numbering. Sources: " + SOURCES;
    }

    /** What the citation line of paragraph {@code n} says in French. */
    private static String frenchCitation(int n) {
        return "— Déclaration ASEAN-UE sur la coopération en matière de cybersécurité (1er août 2019)\u00a0:"
                + " restitution par le projet de ce qu’en rapportent ses sources\u00a0; paragraphe " + n
                + " selon la numérotation du projet. Sources\u00a0: " + SOURCES;
    }

    private final Model bundled = ReaderModels.bundled();
    private final Document statement = bundled.document("asean-eu-cyber-statement").orElseThrow();
    private ReaderFixture fixture;
    private ReaderScreen screen;

    @Start
    void start(Stage stage) {
        fixture = ReaderFixture.show(stage, bundled, "en", 1200, 780);
    }

    private String paragraph(int number, String language) {
        return statement.paragraphs().get(number - 1).text().get(language);
    }

    private static void waitUntil(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::get);
    }

    private void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private static Text text(Parent row, int column) {
        return ReaderScreen.texts(row).get(column);
    }

    @Test
    void everyParagraphAppearsInBothColumnsInOrder(FxRobot robot) {
        screen = new ReaderScreen(robot);
        List<Parent> rows = screen.rows();
        assertEquals(List.of("1", "2", "3", "4"), rows.stream().map(ReaderScreen::number).toList());
        for (int n = 1; n <= 4; n++) {
            assertEquals(List.of(paragraph(n, "fr"), paragraph(n, "en")), ReaderScreen.strings(rows.get(n - 1)));
        }
        assertEquals(List.of("FRANÇAIS", "ENGLISH"), robot.lookup(".column-language").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());
        assertEquals(List.of("Déclaration ASEAN-UE sur la coopération en matière de cybersécurité",
                "ASEAN–EU Statement on Cybersecurity Cooperation"), robot.lookup(".document-title")
                .queryAllAs(Label.class).stream().map(Label::getText).toList());
        assertEquals(List.of("1er août 2019", "·", "1 August 2019", "·"), robot.lookup(".document-date")
                .queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    @Test
    void paragraphAndCounterpartStartAtTheSameHeightWhateverTheirLengths(FxRobot robot) {
        screen = new ReaderScreen(robot);
        double previousBottom = 0;
        for (Parent row : screen.rows()) {
            Text left = text(row, 0);
            Text right = text(row, 1);
            assertEquals(ReaderScreen.sceneBounds(left).getMinY(), ReaderScreen.sceneBounds(right).getMinY(), 0.01,
                    "row " + ReaderScreen.number(row));
            assertTrue(ReaderScreen.sceneBounds(right).getMinX() > ReaderScreen.sceneBounds(left).getMaxX());
            double top = ReaderScreen.sceneBounds(left).getMinY();
            assertTrue(top > previousBottom, "rows follow each other without overlapping");
            previousBottom = Math.max(ReaderScreen.sceneBounds(left).getMaxY(), ReaderScreen.sceneBounds(right).getMaxY());
        }
        // Paragraph 3 is longer in French: the next row still starts below the longer of the two.
        Parent third = screen.row(3);
        assertTrue(ReaderScreen.sceneBounds(text(third, 0)).getHeight()
                > ReaderScreen.sceneBounds(text(third, 1)).getHeight());
        assertTrue(ReaderScreen.sceneBounds(text(screen.row(4), 0)).getMinY()
                > ReaderScreen.sceneBounds(text(third, 0)).getMaxY());
    }

    @Test
    void swapExchangesTheColumnsAndOneLanguageHidesTheRightOne(FxRobot robot) {
        screen = new ReaderScreen(robot);
        robot.clickOn(".swap-columns");
        assertEquals(List.of(paragraph(2, "en"), paragraph(2, "fr")), ReaderScreen.strings(screen.row(2)));
        assertEquals("English", robot.lookup(".left-language .label").queryAs(Label.class).getText());

        robot.clickOn(".single-language");
        assertEquals(List.of(paragraph(2, "en")), ReaderScreen.strings(screen.row(2)));
        assertEquals(List.of("ENGLISH"), robot.lookup(".column-language").queryAllAs(Label.class).stream()
                .filter(ReaderScreen::shown).map(Label::getText).toList());
        assertFalse(ReaderScreen.shown(robot.lookup(".right-language").query()));

        robot.clickOn(".swap-columns");
        assertEquals(List.of(paragraph(2, "fr")), ReaderScreen.strings(screen.row(2)));
        robot.clickOn(".single-language");
        assertEquals(List.of(paragraph(2, "fr"), paragraph(2, "en")), ReaderScreen.strings(screen.row(2)));
    }

    @Test
    void searchCountsAndHighlightsMatchesInBothColumns(FxRobot robot) throws TimeoutException {
        screen = new ReaderScreen(robot);
        robot.clickOn(text(screen.row(1), 0));
        shortcut(robot, KeyCode.F);
        robot.write("secur");
        // French: sécurité in ¶2 and ¶3; English: secure ¶1, security ¶2 and ¶3, secure ¶4.
        waitUntil(() -> "1 of 6".equals(screen.label(".search-count")));
        assertEquals(List.of(0, 1), ReaderScreen.painted(screen.row(1), "search-match-current"),
                "the current match, in the English column of ¶1");
        assertEquals(List.of(0, 0), ReaderScreen.painted(screen.row(1), "search-match"));
        assertEquals(List.of(1, 1), ReaderScreen.painted(screen.row(2), "search-match"));
        assertEquals(List.of(1, 1), ReaderScreen.painted(screen.row(3), "search-match"));
        assertEquals(List.of(0, 1), ReaderScreen.painted(screen.row(4), "search-match"));

        robot.type(KeyCode.ENTER);
        assertEquals("2 of 6", screen.label(".search-count"));
        assertEquals(List.of(1, 0), ReaderScreen.painted(screen.row(2), "search-match-current"));
        assertEquals(List.of(0, 1), ReaderScreen.painted(screen.row(1), "search-match"));
        robot.type(KeyCode.F3);
        assertEquals("3 of 6", screen.label(".search-count"));
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertEquals("6 of 6", screen.label(".search-count"), "previous from the first goes to the last");
        robot.clickOn(".search-next");
        assertEquals("1 of 6", screen.label(".search-count"));
        onFx(() -> fixture.view.focusParagraphs());
        robot.type(KeyCode.ENTER);
        assertEquals("2 of 6", screen.label(".search-count"), "Enter on the text goes on with the search");
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        assertEquals("1 of 6", screen.label(".search-count"));

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> screen.label(".search-count").isEmpty());
        assertEquals(List.of(0, 0), ReaderScreen.painted(screen.row(2), "search-match"));
        assertTrue(robot.lookup(".reader-list").query().isFocused(), "Escape gives the keyboard back to the text");

        robot.clickOn(".reader-search").write("zzz");
        waitUntil(() -> "No matches".equals(screen.label(".search-count")));
    }

    @Test
    void theAreaFilterMarksMatchingParagraphsAndDimsTheOthers(FxRobot robot) {
        screen = new ReaderScreen(robot);
        assertTrue(robot.lookup(".matching-only").query().isDisabled(), "nothing to narrow while all areas show");
        onFx(() -> fixture.areaFilter.set(AreaFilter.of(List.of("digital"))));

        for (int n = 1; n <= 4; n++) {
            Parent row = screen.row(n);
            double expected = n == 2 ? 1.0 : 0.45;
            for (Node column : ReaderScreen.columns(row)) {
                assertEquals(expected, column.getOpacity(), 0.001, "opacity of ¶" + n);
            }
            List<Region> chips = row.lookupAll(".area-chip").stream().map(Region.class::cast).toList();
            assertEquals(n == 2 ? 1 : 0, chips.size(), "chips of ¶" + n);
        }
        Region chip = (Region) screen.row(2).lookup(".area-chip");
        assertEquals(Color.web(bundled.area("digital").orElseThrow().color()), chip.getBackground().getFills().get(0).getFill());
        assertEquals("Digital economy and e-commerce", chip.getAccessibleText());

        robot.clickOn(".matching-only");
        assertEquals(List.of("2"), screen.rows().stream().map(ReaderScreen::number).toList());
        robot.clickOn(".matching-only");
        assertEquals(List.of("1", "2", "3", "4"), screen.rows().stream().map(ReaderScreen::number).toList());
    }

    @Test
    void copyPutsBothLanguagesAndTheCitationOnTheClipboard(FxRobot robot) throws TimeoutException {
        screen = new ReaderScreen(robot);
        robot.clickOn(text(screen.row(2), 1));
        shortcut(robot, KeyCode.C);
        String expected = paragraph(2, "fr") + "\n\n" + paragraph(2, "en") + "\n\n" + citation(2);
        waitUntil(() -> expected.equals(clipboard()));
        Label copied = robot.lookup(".reader-copied").queryAs(Label.class);
        assertEquals("Copied", copied.getText());
        assertTrue(copied.isVisible(), "the reader says it copied");
        waitUntil(() -> !copied.isVisible());

        onFx(() -> Clipboard.getSystemClipboard().clear());
        Text french = text(screen.row(2), 0);
        robot.clickOn(french, MouseButton.SECONDARY);
        requestContextMenu(french);
        waitUntil(() -> robot.lookup("Copy paragraph with citation").tryQuery().isPresent());
        robot.clickOn("Copy paragraph with citation");
        waitUntil(() -> expected.equals(clipboard()));

        onFx(() -> fixture.contentLanguage.set("fr"));
        robot.clickOn(text(new ReaderScreen(robot).row(2), 1));
        shortcut(robot, KeyCode.C);
        waitUntil(() -> clipboard().endsWith("\n\n" + frenchCitation(2)));
    }

    @Test
    void copyTakesTheSelectedTextWhenThereIsSome(FxRobot robot) throws TimeoutException {
        screen = new ReaderScreen(robot);
        Text english = text(screen.row(3), 1);
        robot.moveTo(english).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        shortcut(robot, KeyCode.C);
        waitUntil(() -> (paragraph(3, "en") + "\n\n" + citation(3)).equals(clipboard()));
        assertTrue(ReaderScreen.painted(screen.row(3), "text-selection").get(1) > 0, "the selection is painted");

        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of(0, 0), ReaderScreen.painted(screen.row(3), "text-selection"));
        shortcut(robot, KeyCode.C);
        waitUntil(() -> clipboard().startsWith(paragraph(3, "fr") + "\n\n" + paragraph(3, "en") + "\n\n— "));
    }

    @Test
    void escapeClearsTheSelectionFirstAndOnlyThenGoesToTheWindow(FxRobot robot) {
        screen = new ReaderScreen(robot);
        int[] asked = {0};
        onFx(() -> fixture.view.setOnLastEscape(() -> ++asked[0] > 0));
        Text english = text(screen.row(3), 1);
        robot.moveTo(english).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of(0, 0), ReaderScreen.painted(screen.row(3), "text-selection"));
        assertEquals(0, asked[0], "the first Escape was the selection's");
        robot.type(KeyCode.ESCAPE);
        assertEquals(1, asked[0], "nothing left to clear: the window's");
    }

    /** What a desktop platform does on a right click; Monocle's headless input does not. */
    private void requestContextMenu(Node node) {
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        Bounds local = node.getBoundsInLocal();
        onFx(() -> Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                local.getCenterX(), local.getCenterY(), bounds.getCenterX(), bounds.getCenterY(), false, null)));
    }

    private static String clipboard() {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> Clipboard.getSystemClipboard().getString());
    }

    @Test
    void theMeetingLinkSelectsTheMeetingOnTheTimeline(FxRobot robot) {
        List<Hyperlink> links = robot.lookup(".meeting-link").queryAllAs(Hyperlink.class).stream()
                .filter(ReaderScreen::shown).toList();
        assertEquals(List.of("Réunion ministérielle ASEAN-UE (PMC+1)", "ASEAN–EU Ministerial Meeting (PMC+1)"),
                links.stream().map(Hyperlink::getText).toList());
        robot.clickOn(links.get(1));
        assertEquals(List.of("asean-eu-pmc"), fixture.meetingsSelected);
    }

    @Test
    void theMeetingLinkCanBeFollowedFromTheKeyboard(FxRobot robot) {
        onFx(() -> fixture.view.focusParagraphs());
        robot.type(KeyCode.TAB);
        Hyperlink focused = (Hyperlink) robot.lookup(".reader").query().getScene().getFocusOwner();
        assertEquals("Réunion ministérielle ASEAN-UE (PMC+1)", focused.getText());
        robot.type(KeyCode.SPACE);
        assertEquals(List.of("asean-eu-pmc"), fixture.meetingsSelected);
    }

    @Test
    void hoveringOrSelectingAParagraphHighlightsItAndItsCounterpart(FxRobot robot) throws TimeoutException {
        screen = new ReaderScreen(robot);
        robot.moveTo(text(screen.row(3), 0));
        waitUntil(() -> backgrounds(screen.row(3)).equals(List.of(Color.web("#f5f6f8"), Color.web("#f5f6f8"))));
        assertEquals(List.of(Color.TRANSPARENT, Color.TRANSPARENT), backgrounds(screen.row(2)));

        robot.clickOn(text(screen.row(2), 1)).moveTo(".reader-search");
        waitUntil(() -> backgrounds(screen.row(2)).equals(List.of(Color.web("#e9f1f9"), Color.web("#e9f1f9"))));
        assertEquals(List.of(Color.TRANSPARENT, Color.TRANSPARENT), backgrounds(screen.row(3)));
    }

    /** The fill behind each column of a row; transparent when the row is neither hovered nor selected. */
    private static List<Paint> backgrounds(Parent row) {
        return ReaderScreen.columns(row).stream()
                .map(column -> ((Region) column).getBackground())
                .map(background -> background == null || background.getFills().isEmpty() ? (Paint) Color.TRANSPARENT
                        : background.getFills().get(0).getFill())
                .toList();
    }

    @Test
    void upAndDownMoveBetweenParagraphsAndShortcutsChangeTheTextSize(FxRobot robot) throws TimeoutException {
        screen = new ReaderScreen(robot);
        robot.clickOn(text(screen.row(1), 0));
        assertEquals(0, fixture.reader.selectedParagraphProperty().get());
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        assertEquals(2, fixture.reader.selectedParagraphProperty().get());
        assertTrue(screen.row(3).getParent().getPseudoClassStates().stream()
                .anyMatch(state -> state.getPseudoClassName().equals("selected")), "row 3 shows as selected");
        robot.type(KeyCode.UP);
        assertEquals(1, fixture.reader.selectedParagraphProperty().get());

        shortcut(robot, KeyCode.EQUALS);
        waitUntil(() -> text(screen.row(1), 0).getFont().getSize() == 17);
        assertEquals(17, fixture.textSize.get());
        shortcut(robot, KeyCode.EQUALS);
        shortcut(robot, KeyCode.EQUALS);
        waitUntil(() -> text(screen.row(2), 0).getFont().getSize() == 20);
        WaitForAsyncUtils.waitForFxEvents();
        double firstBottom = ReaderScreen.sceneBounds(text(screen.row(1), 0)).getMaxY();
        assertTrue(ReaderScreen.sceneBounds(text(screen.row(2), 0)).getMinY() > firstBottom,
                "the rows grew with the text: they do not overlap");
        assertEquals(ReaderScreen.sceneBounds(text(screen.row(2), 0)).getMinY(),
                ReaderScreen.sceneBounds(text(screen.row(2), 1)).getMinY(), 0.01);
        for (int i = 0; i < 4; i++) {
            shortcut(robot, KeyCode.MINUS);
        }
        // 20 → 18 → 17 → 16 → 15: one pixel at a time at reading sizes, two above 18.
        waitUntil(() -> text(screen.row(1), 0).getFont().getSize() == 15);
        shortcut(robot, KeyCode.DIGIT0);
        waitUntil(() -> text(screen.row(1), 0).getFont().getSize() == 16);
        assertEquals("Liberation Serif", text(screen.row(1), 0).getFont().getFamily());
    }

    @Test
    void theParagraphsAreReachableWithTheTabKey(FxRobot robot) throws TimeoutException {
        robot.clickOn(".reader-search");
        ListView<?> list = robot.lookup(".reader-list").queryAs(ListView.class);
        for (int presses = 0; presses < 12 && !list.isFocused(); presses++) {
            robot.type(KeyCode.TAB);
        }
        assertTrue(list.isFocused());
        robot.type(KeyCode.DOWN);
        waitUntil(() -> fixture.reader.selectedParagraphProperty().get() == 0);
    }

    @Test
    void aModelWithoutDocumentsShowsWhyTheReaderIsEmpty(FxRobot robot) {
        onFx(() -> fixture.model.set(ReaderModels.withoutDocuments(bundled)));
        Label empty = robot.lookup(".reader-empty").queryAs(Label.class);
        assertTrue(ReaderScreen.shown(empty));
        assertEquals("This model has no documents to read.", empty.getText());
        assertFalse(ReaderScreen.shown(robot.lookup(".reader-list").query()));
    }
}
