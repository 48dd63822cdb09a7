package org.ammreader.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The content of the bundled week: what a briefing, the timeline and the reader rely on. */
class BundledModelTest {

    private static Model model;

    @BeforeAll
    static void load() throws ModelException {
        model = new ModelLoader(JsonMappers.create()).loadBundled();
    }

    @Test
    void coversTheWeekInEnglishAndFrench() {
        assertEquals("amm52-bangkok-2019", model.id());
        assertEquals(List.of("en", "fr"), model.languages());
        assertEquals(LocalDate.of(2019, 7, 29), model.startDate());
        assertEquals(LocalDate.of(2019, 8, 3), model.endDate());
        assertEquals("Asia/Bangkok", model.timeZone().getId());
        assertTrue(model.meetings().size() >= 28, "meetings: " + model.meetings().size());
    }

    @Test
    void everyDayOfTheWeekHasMeetings() {
        for (LocalDate day = model.startDate(); !day.isAfter(model.endDate()); day = day.plusDays(1)) {
            LocalDate d = day;
            assertTrue(model.meetings().stream().anyMatch(m -> !m.date().isAfter(d) && !m.lastDate().isBefore(d)),
                    "no meeting on " + day);
        }
    }

    @Test
    void theAseanEuMeetingHasBothCoChairsAndTheDeclaration() {
        Meeting aseanEu = model.meeting("asean-eu-pmc").orElseThrow();
        assertEquals(LocalDate.of(2019, 8, 1), aseanEu.date());
        String chairs = aseanEu.chairs().stream().map(c -> c.get("en")).collect(Collectors.joining("; "));
        assertTrue(chairs.contains("Balakrishnan") && chairs.contains("Mogherini"), chairs);
        assertTrue(aseanEu.areas().contains("cyber"));
        assertEquals(List.of("asean-eu-cyber-statement"), aseanEu.documents());
        Document statement = model.document("asean-eu-cyber-statement").orElseThrow();
        assertEquals("asean-eu-pmc", statement.meeting().orElseThrow());
        assertEquals(LocalDate.of(2019, 8, 1), statement.date());
        assertTrue(statement.paragraphs().size() >= 4);
        assertTrue(statement.paragraphs().stream().allMatch(p -> !p.areas().isEmpty()), "every paragraph has areas");
        assertTrue(statement.rendition().get("en").toLowerCase().contains("rendition"), statement.rendition().get("en"));
    }

    @Test
    void theBriefingFactsAreThereWithTheirDates() {
        Set<String> ids = model.facts().stream().map(Fact::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("co-chairs", "eu-fdi", "strategic-partnership", "eusfta", "evfta")), ids.toString());
        model.facts().forEach(f -> assertFalse(f.sources().isEmpty(), f.id()));
    }

    @Test
    void everyMeetingHasASourceAndUncertainOnesSayWhy() {
        for (Meeting meeting : model.meetings()) {
            assertFalse(meeting.sources().isEmpty(), meeting.id());
            if (meeting.confidence().needsNote()) {
                assertTrue(meeting.note().isPresent(), meeting.id());
            }
        }
    }

    @Test
    void everyAreaIsUsedAndStandsOutOnWhite() {
        for (Area area : model.areas()) {
            assertTrue(model.meetings().stream().anyMatch(m -> m.areas().contains(area.id())), "unused: " + area.id());
            double contrast = contrastWithWhite(area.color());
            assertTrue(contrast >= 3.0, area.id() + " " + area.color() + " contrast " + contrast);
        }
        assertEquals(model.areas().size(), model.areas().stream().map(Area::color).distinct().count(),
                "one colour per area");
    }

    @Test
    void frenchTextsFollowFrenchTypography() {
        List<String> faults = new ArrayList<>();
        forEachText(text -> {
            String fr = text.get("fr");
            if (fr.contains("'")) {
                faults.add("straight apostrophe: " + fr);
            }
            if (fr.matches("(?s).*[^\\s\\u00a0\\u202f][:;?!](\\s.*|$)") || fr.matches("(?s).* [:;?!].*")) {
                faults.add("no no-break space before : ; ? ! : " + fr);
            }
            if (fr.matches("(?s).*«[^\\u00a0\\u202f].*") || fr.matches("(?s).*[^\\u00a0\\u202f]».*")) {
                faults.add("guillemets without no-break space: " + fr);
            }
            if (fr.contains("  ") || !fr.equals(fr.strip())) {
                faults.add("stray spaces: " + fr);
            }
        });
        assertEquals(List.of(), faults);
    }

    @Test
    void englishTextsUseTypographicApostrophes() {
        List<String> faults = new ArrayList<>();
        forEachText(text -> {
            String en = text.get("en");
            if (en.contains("'") || en.contains("  ") || !en.equals(en.strip())) {
                faults.add(en);
            }
        });
        assertEquals(List.of(), faults);
    }

    @Test
    void everyCharacterIsInThePackedFonts() throws Exception {
        java.awt.Font sans;
        try (var in = BundledModelTest.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            sans = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        }
        List<String> missing = new ArrayList<>();
        Consumer<String> check = text -> {
            if (sans.canDisplayUpTo(text) >= 0) {
                missing.add(text);
            }
        };
        forEachText(text -> text.values().values().forEach(check));
        model.meetings().forEach(m -> m.sources().forEach(s -> {
            check.accept(s.publisher());
            check.accept(s.shownTitle("en"));
            check.accept(s.shownTitle("fr"));
        }));
        assertEquals(List.of(), missing, "texts the window, the picture and the PDF could not draw");
    }

    /** Every translated text of the model. */
    private static void forEachText(Consumer<LocalizedText> check) {
        check.accept(model.title());
        check.accept(model.venue());
        model.areas().forEach(a -> check.accept(a.label()));
        model.tracks().forEach(t -> check.accept(t.label()));
        for (Meeting m : model.meetings()) {
            check.accept(m.title());
            check.accept(m.summary());
            m.chairs().forEach(check);
            m.participants().ifPresent(check);
            m.outcomes().forEach(check);
            m.note().ifPresent(check);
            m.venue().ifPresent(check);
        }
        for (Document d : model.documents()) {
            check.accept(d.title());
            check.accept(d.rendition());
            d.paragraphs().forEach(p -> check.accept(p.text()));
        }
        for (Fact f : model.facts()) {
            check.accept(f.label());
            check.accept(f.value());
        }
    }

    private static double contrastWithWhite(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.04045) / 1.055, 2.4);
    }
}
