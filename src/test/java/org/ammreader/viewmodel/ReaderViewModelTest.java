package org.ammreader.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Document;
import org.ammreader.model.Model;
import org.junit.jupiter.api.Test;

/** The reader's state without a window: language pair, rows, filter, search, selection, citation, text size. */
class ReaderViewModelTest {

    private static final String MFA_URL =
            "https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2019/08/010819_ASEAN-EU";

    private final Model bundled = ReaderModels.bundled();
    private final ObjectProperty<Model> model = new SimpleObjectProperty<>(bundled);
    private final StringProperty contentLanguage = new SimpleStringProperty("en");
    private final ObjectProperty<AreaFilter> filter = new SimpleObjectProperty<>(AreaFilter.ALL);
    private final List<String> meetingsSelected = new ArrayList<>();
    private final DoubleProperty textSize = new SimpleDoubleProperty(ReaderViewModel.DEFAULT_TEXT_SIZE);
    private final ReaderViewModel reader = new ReaderViewModel(model, contentLanguage, filter, meetingsSelected::add,
            textSize);
    private final Document statement = bundled.document("asean-eu-cyber-statement").orElseThrow();

    private String paragraph(int index, String language) {
        return statement.paragraphs().get(index).text().get(language);
    }

    @Test
    void opensTheFirstDocumentInFrenchBesideEnglish() {
        assertEquals("asean-eu-cyber-statement", reader.document().orElseThrow().id());
        assertEquals("fr", reader.leftLanguageProperty().get());
        assertEquals("en", reader.rightLanguageProperty().get());
        contentLanguage.set("fr");
        assertEquals("fr", reader.leftLanguageProperty().get());
        assertEquals("en", reader.rightLanguageProperty().get());
    }

    @Test
    void rowsPairEachParagraphWithItsCounterpartInOrder() {
        assertEquals(4, reader.rows().size());
        for (int i = 0; i < 4; i++) {
            ReaderRow row = reader.rows().get(i);
            assertEquals(i + 1, row.number());
            assertEquals(paragraph(i, "fr"), row.left());
            assertEquals(paragraph(i, "en"), row.right());
        }
        assertEquals(List.of("asean-eu-cyber-statement", "amm52-joint-communique"),
                reader.documents().stream().map(Document::id).toList());
        assertTrue(reader.open("amm52-joint-communique"));
        assertEquals(6, reader.rows().size());
        assertFalse(reader.open("no-such-document"));
        assertEquals("amm52-joint-communique", reader.document().orElseThrow().id());
    }

    @Test
    void swapExchangesTheColumnsAndChoosingTheOtherColumnsLanguageSwapsToo() {
        reader.swap();
        assertEquals("en", reader.leftLanguageProperty().get());
        assertEquals(paragraph(0, "en"), reader.rows().get(0).left());
        reader.setRightLanguage("en");
        assertEquals("fr", reader.leftLanguageProperty().get());
        assertEquals("en", reader.rightLanguageProperty().get());
        assertEquals(paragraph(0, "fr"), reader.rows().get(0).left());
    }

    @Test
    void aModelWithThreeLanguagesLetsTheUserPickThePair() {
        model.set(ReaderModels.threeLanguages());
        assertEquals(List.of("en", "fr", "es"), reader.languages());
        assertEquals("fr", reader.leftLanguageProperty().get());
        assertEquals("en", reader.rightLanguageProperty().get());
        reader.setLeftLanguage("es");
        reader.setRightLanguage("fr");
        assertEquals("es", reader.leftLanguageProperty().get());
        assertEquals("fr", reader.rightLanguageProperty().get());
        Document sample = model.get().documents().get(0);
        assertEquals(sample.paragraphs().get(2).text().get("es"), reader.rows().get(2).left());
        assertEquals(sample.paragraphs().get(2).text().get("fr"), reader.rows().get(2).right());

        contentLanguage.set("fr");
        assertEquals("es", reader.leftLanguageProperty().get(), "the content language is in the pair: kept");
        contentLanguage.set("en");
        assertEquals("fr", reader.leftLanguageProperty().get(), "content language outside the pair: default pair");
        assertEquals("en", reader.rightLanguageProperty().get());
        contentLanguage.set("es");
        assertEquals("es", reader.leftLanguageProperty().get());
        assertEquals("en", reader.rightLanguageProperty().get());
    }

    @Test
    void theAreaFilterMarksAndDimsParagraphsAndCanHideTheOthers() {
        assertFalse(reader.filteringProperty().get());
        assertTrue(reader.rows().stream().allMatch(ReaderRow::matchesFilter));

        filter.set(AreaFilter.of(List.of("digital")));
        assertTrue(reader.filteringProperty().get());
        assertEquals(List.of(false, true, false, false),
                reader.rows().stream().map(ReaderRow::matchesFilter).toList());
        assertEquals(List.of(new AreaMark("digital", "Digital economy and e-commerce",
                        bundled.area("digital").orElseThrow().color())),
                reader.rows().get(1).marks());
        assertTrue(reader.rows().get(0).marks().isEmpty());

        reader.matchingOnlyProperty().set(true);
        assertEquals(List.of(2), reader.rows().stream().map(ReaderRow::number).toList());
        filter.set(AreaFilter.of(List.of("architecture", "digital")));
        assertEquals(List.of(2, 4), reader.rows().stream().map(ReaderRow::number).toList());
        contentLanguage.set("fr");
        assertEquals("Architecture régionale (AOIP, TAC)", reader.rows().get(1).marks().get(0).label());
    }

    @Test
    void aFilterChangeTheDocumentDoesNotSeeLeavesItsRowsAsTheyWere() {
        filter.set(AreaFilter.of(List.of("digital")));
        List<ReaderRow> before = List.copyOf(reader.rows());
        int[] changes = {0};
        reader.rows().addListener((ListChangeListener<ReaderRow>) change -> changes[0]++);

        // Neither area tags a paragraph of the statement: nothing it shows changes.
        filter.set(AreaFilter.of(List.of("digital", "maritime")));
        filter.set(AreaFilter.of(List.of("digital", "npd")));
        assertEquals(0, changes[0], "the rows were not replaced");
        assertEquals(before, reader.rows());

        filter.set(AreaFilter.of(List.of("architecture")));
        assertEquals(1, changes[0]);
        assertEquals(List.of(false, false, false, true),
                reader.rows().stream().map(ReaderRow::matchesFilter).toList());
    }

    @Test
    void searchCountsMatchesInBothColumnsAndStepsThroughThem() {
        reader.searchQueryProperty().set("secur");
        // French: sécurité in ¶2 and ¶3; English: secure ¶1, security ¶2, security ¶3, secure ¶4.
        assertEquals(6, reader.matchCountProperty().get());
        assertEquals(List.of("0 RIGHT", "1 LEFT", "1 RIGHT", "2 LEFT", "2 RIGHT", "3 RIGHT"),
                reader.search().matches().stream().map(m -> m.paragraph() + " " + m.column()).toList());
        assertEquals(0, reader.currentMatchProperty().get());
        assertEquals(0, reader.selectedParagraphProperty().get());
        reader.next();
        reader.next();
        assertEquals(2, reader.currentMatchProperty().get());
        assertEquals(1, reader.selectedParagraphProperty().get());
        reader.previous();
        reader.previous();
        reader.previous();
        assertEquals(5, reader.currentMatchProperty().get(), "previous from the first wraps to the last");
        assertEquals(3, reader.selectedParagraphProperty().get());
        reader.next();
        assertEquals(0, reader.currentMatchProperty().get(), "next from the last wraps to the first");

        SearchMatch first = reader.search().matches().get(1);
        assertEquals("sécur", paragraph(1, "fr").substring(first.start(), first.end()));
    }

    @Test
    void searchIgnoresCaseAccentsAndTypographicApostrophes() {
        reader.searchQueryProperty().set("SECURITE");
        assertEquals(2, reader.matchCountProperty().get());
        reader.searchQueryProperty().set("l'ASEAN");
        assertEquals(2, reader.matchCountProperty().get());
        reader.searchQueryProperty().set("   ");
        assertEquals(0, reader.matchCountProperty().get());
        assertEquals(-1, reader.currentMatchProperty().get());
    }

    @Test
    void inOneLanguageModeSearchLooksAtTheShownColumnOnly() {
        reader.searchQueryProperty().set("secur");
        reader.singleLanguageProperty().set(true);
        assertEquals(2, reader.matchCountProperty().get());
        reader.swap();
        assertEquals(4, reader.matchCountProperty().get());
    }

    @Test
    void upAndDownMoveBetweenTheListedParagraphs() {
        assertEquals(-1, reader.selectedParagraphProperty().get());
        assertTrue(reader.selectNext());
        assertEquals(0, reader.selectedParagraphProperty().get());
        assertFalse(reader.selectPrevious());
        reader.selectLast();
        assertFalse(reader.selectNext());
        assertEquals(3, reader.selectedParagraphProperty().get());
        filter.set(AreaFilter.of(List.of("digital", "architecture")));
        reader.matchingOnlyProperty().set(true);
        assertEquals(3, reader.selectedParagraphProperty().get());
        assertTrue(reader.selectPrevious());
        assertEquals(1, reader.selectedParagraphProperty().get(), "skips the hidden paragraph 3");
        filter.set(AreaFilter.of(List.of("architecture")));
        assertEquals(-1, reader.selectedParagraphProperty().get(), "a hidden paragraph is no longer selected");
    }

    @Test
    void copyTextHoldsBothLanguagesAndACitationInTheContentLanguage() {
        String english = "— The project’s rendition of the ASEAN–EU Statement on Cybersecurity Cooperation"
                + " (1 August 2019) as reported by its sources; paragraph 2 in the project’s numbering. Sources: "
                + MFA_URL + " · ";
        assertTrue(reader.citation(1).startsWith(english), reader.citation(1));
        assertTrue(reader.citation(1).endsWith(" · https://www.eeas.europa.eu/node/66098_en"), "every source");
        assertEquals(paragraph(1, "fr") + "\n\n" + paragraph(1, "en") + "\n\n" + reader.citation(1),
                reader.copyText(1));
        assertEquals("the words\n\n" + reader.citation(1), reader.copyText(1, "the words"));
        contentLanguage.set("fr");
        assertTrue(reader.citation(1).startsWith("— Déclaration ASEAN-UE sur la coopération en matière de"
                + " cybersécurité (1er août 2019)\u00a0: restitution par le projet de ce qu’en rapportent ses"
                + " sources\u00a0; paragraphe 2 selon la numérotation du projet. Sources\u00a0: " + MFA_URL),
                reader.citation(1));
    }

    @Test
    void theHeadingGivesTitleDateMeetingAndRenditionInEachLanguage() {
        ReaderHeading french = reader.heading("fr").orElseThrow();
        assertEquals("Déclaration ASEAN-UE sur la coopération en matière de cybersécurité", french.title());
        assertEquals("1er août 2019", french.date());
        assertEquals("Réunion ministérielle ASEAN-UE (PMC+1)", french.meeting().orElseThrow());
        assertTrue(french.rendition().startsWith("Ce n’est pas le texte officiel."));
        assertEquals("1 August 2019", reader.heading("en").orElseThrow().date());
        reader.followMeetingLink();
        assertEquals(List.of("asean-eu-pmc"), meetingsSelected);
    }

    @Test
    void anotherModelKeepsTheDocumentWhenItExistsElseOpensItsFirstOrNone() {
        reader.open("amm52-joint-communique");
        model.set(ReaderModels.bundled());
        assertEquals("amm52-joint-communique", reader.document().orElseThrow().id());

        model.set(ReaderModels.minimal());
        assertEquals("statement", reader.document().orElseThrow().id());
        assertEquals(model.get().documents().get(0).paragraphs().size(), reader.rows().size());

        model.set(ReaderModels.withoutDocuments(bundled));
        assertTrue(reader.document().isEmpty());
        assertTrue(reader.rows().isEmpty());
        assertTrue(reader.heading("en").isEmpty());
        assertTrue(reader.documents().isEmpty());
    }

    @Test
    void textSizeStepsWithinBoundsAndResets() {
        reader.largerText();
        assertEquals(17, textSize.get());
        for (int i = 0; i < 20; i++) {
            reader.largerText();
        }
        assertEquals(ReaderViewModel.MAX_TEXT_SIZE, textSize.get());
        for (int i = 0; i < 20; i++) {
            reader.smallerText();
        }
        assertEquals(ReaderViewModel.MIN_TEXT_SIZE, textSize.get());
        reader.resetTextSize();
        assertEquals(16, textSize.get());

        DoubleProperty remembered = new SimpleDoubleProperty(40);
        new ReaderViewModel(model, contentLanguage, filter, id -> { }, remembered);
        assertEquals(ReaderViewModel.MAX_TEXT_SIZE, remembered.get(), "a size out of range is brought within it");
    }

    @Test
    void openingAnotherModelClearsTheSearchAndFillsBothLanguages() {
        reader.search().queryProperty().set("cyber");
        model.set(ReaderModels.threeLanguages());
        assertEquals("", reader.search().queryProperty().get());
        assertTrue(reader.languages().contains(reader.leftLanguageProperty().get()));
        assertTrue(reader.languages().contains(reader.rightLanguageProperty().get()));
    }
}
