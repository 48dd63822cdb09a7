package org.ammreader.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Model;
import org.junit.jupiter.api.Test;

/** What the sheet says, before any typography: chosen generically from the model, worded in its language. */
class BriefingComposerTest {

    private static final Model BUNDLED = Sheets.bundled();

    @Test
    void theMeetingInFocusIsTheOneTheFirstDocumentComesFrom() {
        BriefingContent.Featured featured = Sheets.content(BUNDLED, AreaFilter.ALL, "en", false).featured()
                .orElseThrow();
        assertEquals("ASEAN–EU Ministerial Meeting (PMC+1)", featured.title());
        assertEquals("Co-chairs", featured.chairsLabel());
        assertTrue(featured.chairs().get(0).startsWith("Vivian Balakrishnan"), featured.chairs().toString());
        assertTrue(featured.chairs().get(1).startsWith("Federica Mogherini"), featured.chairs().toString());
        assertEquals(List.of("ASEAN–EU Statement on Cybersecurity Cooperation"), featured.adopted());
        assertEquals(BUNDLED.facts().size(), featured.facts().size());
        assertEquals("Reference date: 2017", featured.facts().get(1).reference());
        assertEquals("Reference date: 1 August 2019", featured.facts().get(0).reference());
    }

    @Test
    void theWeeksChairIsThePersonWhoChairsMostMeetings() {
        BriefingContent.Header header = Sheets.content(BUNDLED, AreaFilter.ALL, "en", false).header();
        assertEquals(new BriefingContent.Labelled("Chair:", "Don Pramudwinai (Thai Foreign Minister)"),
                header.details().get(0));
        BriefingContent.Header french = Sheets.content(BUNDLED, AreaFilter.ALL, "fr", false).header();
        assertEquals("Présidence\u00a0:", french.details().get(0).label());
        Model three = Sheets.model("/models/three-languages.json");
        assertEquals("Alex Example", Sheets.content(three, AreaFilter.ALL, "es", false).header().details().get(0)
                .value());
    }

    @Test
    void noChairIsNamedWhenNobodyClearlyChairsTheWeek() {
        Model minimal = Sheets.model("/models/minimal.json");
        BriefingContent.Header header = Sheets.content(minimal, AreaFilter.ALL, "en", false).header();
        assertTrue(header.details().stream().noneMatch(detail -> detail.label().equals("Chair:")),
                header.details().toString());
    }

    @Test
    void noAreaChosenSaysSoAndSchedulesNothing() {
        BriefingContent content = Sheets.content(BUNDLED, AreaFilter.NONE, "fr", false);
        assertEquals(new BriefingContent.Labelled("Domaines\u00a0:", "aucun choisi"), content.header().details().get(2));
        assertTrue(content.schedule().days().isEmpty());
        assertTrue(content.declaration().orElseThrow().points().isEmpty());
    }

    @Test
    void frenchDatesAndTimesFollowFrenchTypography() {
        BriefingContent content = Sheets.content(BUNDLED, AreaFilter.ALL, "fr", false);
        assertTrue(content.header().datesAndVenue().startsWith("du 29 juillet au 3 août 2019"),
                content.header().datesAndVenue());
        List<String> days = content.schedule().days().stream().map(BriefingContent.Day::heading).toList();
        assertEquals(List.of("Lundi 29 juillet", "Mardi 30 juillet", "Mercredi 31 juillet", "Jeudi 1er août",
                "Vendredi 2 août", "Samedi 3 août"), days);
        BriefingContent.Row opening = content.schedule().days().get(2).rows().stream()
                .filter(row -> !row.time().isEmpty()).findFirst().orElseThrow();
        assertEquals("9\u00a0h\u00a010", opening.time());
        assertEquals("Heure locale\u00a0:", content.header().details().get(1).label());
        assertEquals("heure d’Indochine (UTC+7)", content.header().details().get(1).value());
    }

    @Test
    void theScheduleKeepsTheFilteredMeetingsDayByDay() {
        BriefingContent.Schedule schedule = Sheets.content(BUNDLED, AreaFilter.of(List.of("water")), "en", false)
                .schedule();
        long rows = schedule.days().stream().mapToLong(day -> day.rows().size()).sum();
        long expected = BUNDLED.meetings().stream().filter(meeting -> meeting.areas().contains("water")).count();
        assertEquals(expected, rows);
        BriefingContent.Row first = schedule.days().get(0).rows().get(0);
        assertEquals(List.of("Water resources and the Mekong"),
                first.areas().stream().map(BriefingContent.AreaMark::label).toList());
        assertTrue(first.moreAreas().matches("\\+\\d+ other areas"), first.moreAreas());
    }

    @Test
    void theKeyExplainsOnlyTheAreasAndFlagsTheRowsShow() {
        BriefingContent.Schedule filtered = Sheets.content(BUNDLED, AreaFilter.of(List.of("maritime", "cyber")), "en",
                false).schedule();
        assertEquals(List.of("Cybersecurity and secure ICTs", "Maritime security, South China Sea"),
                filtered.key().stream().map(BriefingContent.AreaMark::label).toList());
        assertEquals(List.of(new BriefingContent.Flag("\u25cb", "single source")), filtered.flags());
        BriefingContent.Schedule spanish = Sheets.content(Sheets.model("/models/three-languages.json"), AreaFilter.ALL,
                "es", false).schedule();
        assertEquals(List.of("\u25cb", "!", "?"), spanish.flags().stream().map(BriefingContent.Flag::glyph).toList());
        assertEquals("fuente única", spanish.flags().get(0).meaning());
        assertEquals("\u25cb", spanish.days().get(0).rows().get(1).flag());
        assertEquals("", spanish.days().get(0).rows().get(0).flag());
    }

    @Test
    void aMeetingsAreasComeInTheModelsOrderLikeTheKey() {
        BriefingContent.Schedule schedule = Sheets.content(BUNDLED, AreaFilter.ALL, "en", false).schedule();
        List<String> keyOrder = schedule.key().stream().map(BriefingContent.AreaMark::label).toList();
        for (BriefingContent.Day day : schedule.days()) {
            for (BriefingContent.Row row : day.rows()) {
                List<Integer> positions = row.areas().stream().map(area -> keyOrder.indexOf(area.label())).toList();
                assertEquals(positions.stream().sorted().toList(), positions, row.title());
                assertFalse(positions.contains(-1), row.title());
            }
        }
    }

    @Test
    void aMeetingOverSeveralDaysSaysWhenItEnds() {
        BriefingContent.Row aichr = Sheets.content(BUNDLED, AreaFilter.ALL, "en", false).schedule().days().get(0)
                .rows().get(1);
        assertEquals("AICHR Special Meeting 01/2019", aichr.title());
        assertEquals("until Thursday 1 August", aichr.remark());
        assertEquals(List.of("Amara Pongsapich"), aichr.chairs());
    }

    @Test
    void bilingualDeclarationPairsTheContentLanguageWithAnother() {
        BriefingContent.Declaration declaration = Sheets.content(BUNDLED, AreaFilter.ALL, "fr", true).declaration()
                .orElseThrow();
        assertEquals(List.of("Français", "English"), declaration.columns());
        assertEquals(2, declaration.points().get(0).texts().size());
        assertTrue(declaration.points().get(0).texts().get(1).startsWith("ASEAN and the European Union"));
        BriefingContent.Declaration single = Sheets.content(BUNDLED, AreaFilter.ALL, "fr", false).declaration()
                .orElseThrow();
        assertTrue(single.columns().isEmpty());
        assertEquals(1, single.points().get(0).texts().size());
    }

    @Test
    void paragraphsKeepTheirNumberInTheWholeDocument() {
        BriefingContent.Declaration declaration = Sheets.content(BUNDLED, AreaFilter.of(List.of("digital")), "en",
                false).declaration().orElseThrow();
        assertEquals(List.of("2"), declaration.points().stream().map(BriefingContent.Point::number).toList());
    }

    @Test
    void sourcesAreThoseOfTheMeetingInFocusAndTheDeclarationEachOnce() {
        BriefingContent.Sources sources = Sheets.content(BUNDLED, AreaFilter.ALL, "en", false).sources()
                .orElseThrow();
        List<String> urls = sources.entries().stream().map(BriefingContent.SourceEntry::url).toList();
        assertEquals(urls.stream().distinct().toList(), urls);
        BUNDLED.meeting("asean-eu-pmc").orElseThrow().sources()
                .forEach(source -> assertTrue(urls.contains(source.url()), source.url()));
        BUNDLED.documents().get(0).sources().forEach(source -> assertTrue(urls.contains(source.url()), source.url()));
    }

    @Test
    void aLanguageTheModelLacksIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Sheets.content(BUNDLED, AreaFilter.ALL, "es", false));
    }

    @Test
    void aLanguageWithoutItsOwnLabelsFallsBackToEnglishWhateverTheSystemLocale() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            BriefingLabels german = new BriefingLabels("de");
            assertEquals("Schedule", german.text("schedule.heading"));
            assertEquals("Page 1 of 2", german.text("page", 1, 2));
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void sheetLabelsExistInEveryLanguage() {
        for (String language : List.of("en", "fr", "es")) {
            BriefingLabels labels = new BriefingLabels(language);
            assertFalse(labels.text("declaration.heading").isBlank(), language);
        }
        assertEquals("Programa", new BriefingLabels("es").text("schedule.heading"));
        assertEquals("Programme", new BriefingLabels("fr").text("schedule.heading"));
    }
}
