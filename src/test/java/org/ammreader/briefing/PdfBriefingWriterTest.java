package org.ammreader.briefing;

import static org.ammreader.briefing.Sheets.pdf;
import static org.ammreader.briefing.Sheets.text;
import static org.ammreader.testing.PdfText.normalized;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.AtomicFiles;
import org.ammreader.model.LocalizedText;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.testing.FolderContents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The PDF a reader gets: its text, its pages, its fonts and its document information. */
class PdfBriefingWriterTest {

    private static final Model BUNDLED = Sheets.bundled();

    @TempDir
    Path folder;

    @Test
    void bundledWeekInEnglishNamesTheWeekAndTheCoChairs() {
        String text = text(pdf(BUNDLED, AreaFilter.ALL, "en", false, PaperSize.A4));
        assertTrue(text.contains("52nd ASEAN Foreign Ministers’ Meeting and Related Meetings"), Sheets.excerpt(text));
        assertTrue(text.contains("Vivian Balakrishnan"), Sheets.excerpt(text));
        assertTrue(text.contains("Federica Mogherini"), Sheets.excerpt(text));
        assertTrue(text.contains("29 July – 3 August 2019"), Sheets.excerpt(text));
        assertTrue(text.contains("ASEAN–EU Statement on Cybersecurity Cooperation"), Sheets.excerpt(text));
        assertTrue(text.contains("Reference date: 2017"), Sheets.excerpt(text));
        assertTrue(text.contains("Generated on 2 August 2019 at 08:30"), Sheets.excerpt(text));
    }

    @Test
    void frenchSheetKeepsItsAccentsAndSpeaksFrench() {
        String text = text(pdf(BUNDLED, AreaFilter.ALL, "fr", false, PaperSize.A4));
        assertTrue(text.contains("coopération en matière de cybersécurité"), Sheets.excerpt(text));
        assertTrue(text.contains("52e réunion des chefs de la diplomatie de l’ASEAN"), Sheets.excerpt(text));
        assertTrue(text.contains("NOTE D’INFORMATION"), Sheets.excerpt(text));
        assertTrue(text.contains("Programme"), Sheets.excerpt(text));
        assertTrue(text.contains("Jeudi 1er août"), Sheets.excerpt(text));
        assertTrue(text.contains("Page 1 sur"), Sheets.excerpt(text));
        assertFalse(text.contains("Schedule"), Sheets.excerpt(text));
    }

    @Test
    void everyPageIsA4AndNumbered() throws IOException {
        byte[] pdf = pdf(BUNDLED, AreaFilter.ALL, "en", false, PaperSize.A4);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 1, "pages: " + pages);
            for (PDPage page : document.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
            }
            String text = text(pdf);
            for (int page = 1; page <= pages; page++) {
                assertTrue(text.contains("Page " + page + " of " + pages), "page " + page + " of " + pages);
            }
        }
    }

    @Test
    void letterPaperIsOffered() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(BUNDLED, AreaFilter.ALL, "en", false, PaperSize.LETTER))) {
            PDRectangle size = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.LETTER.getWidth(), size.getWidth(), 0.01);
            assertEquals(PDRectangle.LETTER.getHeight(), size.getHeight(), 0.01);
        }
    }

    @Test
    void documentInformationNamesTheSheetAndItsAuthor() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(BUNDLED, AreaFilter.ALL, "fr", false, PaperSize.A4))) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("Note d’information\u00a0: 52e réunion des chefs de la diplomatie de l’ASEAN et réunions "
                    + "connexes", info.getTitle());
            assertEquals("AMM Reader", info.getAuthor());
            assertTrue(info.getSubject().contains("du 29 juillet au 3 août 2019"), info.getSubject());
            assertEquals(Sheets.CLOCK.instant(), info.getCreationDate().toInstant());
            assertEquals("fr", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void fontsAreEmbeddedSoTheTextIsRealText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(BUNDLED, AreaFilter.ALL, "en", false, PaperSize.A4))) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().contains("Liberation"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"en, A4", "fr, A4", "en, LETTER", "fr, LETTER"})
    void theWholeWeekFitsOnTwoPages(String language, PaperSize paper) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(BUNDLED, AreaFilter.ALL, language, false, paper))) {
            assertTrue(document.getNumberOfPages() <= 2, "pages: " + document.getNumberOfPages());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyMeetingOfTheWeekIsScheduledWithItsChairs(String language) {
        BriefingContent content = Sheets.content(BUNDLED, AreaFilter.ALL, language, false);
        String text = text(pdf(BUNDLED, AreaFilter.ALL, language, false, PaperSize.A4));
        List<BriefingContent.Row> rows = content.schedule().days().stream().flatMap(day -> day.rows().stream())
                .toList();
        // Day by day; within a day, those with a time of day first, by their earliest hour (a part of the day from
        // its first hour: morning 08:00, afternoon 12:00, evening 18:00), then the others in the model's order.
        List<Meeting> meetings = BUNDLED.meetings().stream().sorted(Comparator.comparing(Meeting::date)
                .thenComparing(m -> !m.hasTime())
                .thenComparing(m -> m.start().orElse(m.time().partOfDay().map(p -> switch (p) {
                    case MORNING -> LocalTime.of(8, 0);
                    case AFTERNOON -> LocalTime.NOON;
                    case EVENING -> LocalTime.of(18, 0);
                }).orElse(LocalTime.MIDNIGHT)))).toList();
        assertEquals(meetings.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Meeting meeting = meetings.get(i);
            BriefingContent.Row row = rows.get(i);
            assertEquals(meeting.title().get(language), row.title());
            assertEquals(meeting.chairs().stream().map(chair -> WeekChair.name(chair.get(language))).toList(),
                    row.chairs());
            // Title, remark and chairs read in one piece, however the row wraps.
            String line = normalized(String.join(" ", row.title(), row.remark(), String.join(" · ", row.chairs())));
            assertTrue(text.contains(line), "missing: " + line);
        }
    }

    @Test
    void aDayCutByAPageBreakRepeatsItsLabelMarkedAsContinued() throws IOException {
        BriefingContent content = Sheets.content(BUNDLED, AreaFilter.ALL, "en", false);
        BriefingContent.Schedule schedule = content.schedule();
        // Each day three times as long: some day must then run over a page break.
        List<BriefingContent.Day> longDays = schedule.days().stream().map(day -> new BriefingContent.Day(day.weekday(),
                day.date(), Stream.of(day.rows(), day.rows(), day.rows()).flatMap(List::stream).toList())).toList();
        BriefingContent longer = new BriefingContent(content.language(), content.header(), content.featured(),
                new BriefingContent.Schedule(schedule.heading(), schedule.note(), schedule.key(), schedule.flags(),
                        longDays, schedule.continued(), schedule.emptyText(), schedule.leftOut()),
                content.declaration(), content.sources(), content.generatedOn(), content.pagePattern(), content.info());
        String text = text(new PdfBriefingWriter().toBytes(longer, PaperSize.A4));
        assertTrue(longDays.stream().anyMatch(day -> text.contains(day.heading() + " continued")), Sheets.excerpt(text));
    }

    @Test
    void onlyTheMeetingsOfTheFilterAreScheduled() {
        AreaFilter filter = AreaFilter.of(List.of("cyber", "maritime"));
        String text = text(pdf(BUNDLED, filter, "en", false, PaperSize.A4));
        String featured = BUNDLED.documents().get(0).meeting().orElseThrow();
        int shown = 0;
        for (Meeting meeting : BUNDLED.meetings()) {
            String title = normalized(meeting.title().get("en"));
            if (filter.matches(meeting.areas())) {
                assertTrue(text.contains(title), "missing: " + title);
                shown++;
            } else if (!meeting.id().equals(featured)) {
                assertFalse(text.contains(title), "not in the filter, yet shown: " + title);
            }
        }
        assertTrue(shown > 5 && shown < BUNDLED.meetings().size(), "meetings shown: " + shown);
        assertTrue(text.contains("Areas: Cybersecurity and secure ICTs; Maritime security, South China Sea"), Sheets.excerpt(text));
    }

    @Test
    void declarationShowsOnlyTheParagraphsOfTheFilter() {
        String text = text(pdf(BUNDLED, AreaFilter.of(List.of("digital")), "en", false, PaperSize.A4));
        BUNDLED.documents().get(0).paragraphs().forEach(paragraph -> {
            String words = firstWords(paragraph.text().get("en"));
            assertEquals(paragraph.areas().contains("digital"), text.contains(words), words);
        });
        String none = text(pdf(BUNDLED, AreaFilter.of(List.of("water")), "en", false, PaperSize.A4));
        assertTrue(none.contains("No paragraph of the declaration concerns the selected areas."), Sheets.excerpt(none));
    }

    @Test
    void bothLanguagesOfTheDeclarationSideBySide() {
        String text = text(pdf(BUNDLED, AreaFilter.ALL, "en", true, PaperSize.A4));
        assertTrue(text.contains("ENGLISH") && text.contains("FRANÇAIS"), Sheets.excerpt(text));
        BUNDLED.documents().get(0).paragraphs().forEach(paragraph -> {
            assertTrue(text.contains(firstWords(paragraph.text().get("en"))), paragraph.id() + " en");
            assertTrue(text.contains(firstWords(paragraph.text().get("fr"))), paragraph.id() + " fr");
        });
    }

    @Test
    void anotherModelInItsOwnLanguageGetsItsOwnLabels() {
        Model model = Sheets.model("/models/three-languages.json");
        String text = text(pdf(model, AreaFilter.ALL, "es", false, PaperSize.A4));
        for (String expected : new String[] {"NOTA INFORMATIVA", "Semana de ejemplo (tres idiomas)",
                "del 4 al 6 de marzo de 2024", "Programa", "Sesión plenaria de clausura",
                "Puntos clave de la declaración", "Declaración de ejemplo del Foro de Ejemplo", "Página 1 de",
                "Presidencia: Alex Example", "hasta el miércoles 6 de marzo"}) {
            assertTrue(text.contains(expected), expected + " missing from: " + Sheets.excerpt(text));
        }
        assertFalse(text.contains("Schedule") || text.contains("Sources"), Sheets.excerpt(text));
    }

    @Test
    void aModelWithNoDocumentHasNeitherBoxNorDeclaration() {
        Model minimal = Sheets.model("/models/minimal.json");
        Model withoutDocuments = new Model(minimal.id(), minimal.languages(), minimal.title(), minimal.timeZone(),
                minimal.startDate(), minimal.endDate(), minimal.venue(), minimal.areas(), minimal.tracks(),
                minimal.meetings(), List.of(), minimal.facts());
        String text = text(pdf(withoutDocuments, AreaFilter.ALL, "en", false, PaperSize.A4));
        assertTrue(text.contains("Minimal test week") && text.contains("First meeting"), Sheets.excerpt(text));
        assertFalse(text.contains("Meeting in focus") || text.contains("Key points"), Sheets.excerpt(text));
    }

    @Test
    void charactersTheFontsLackDoNotStopTheSheet() {
        Model minimal = Sheets.model("/models/minimal.json");
        Model thai = new Model(minimal.id(), minimal.languages(),
                new LocalizedText(Map.of("en", "การประชุม week", "fr", "Semaine")), minimal.timeZone(),
                minimal.startDate(), minimal.endDate(), minimal.venue(), minimal.areas(), minimal.tracks(),
                minimal.meetings(), minimal.documents(), minimal.facts());
        String text = text(pdf(thai, AreaFilter.ALL, "en", false, PaperSize.A4));
        assertTrue(text.contains(Face.MISSING.repeat(9) + " week"), Sheets.excerpt(text));
    }

    @Test
    void aWriteThatFailsMidwayLeavesThePreviousFileIntact() throws IOException {
        Path target = folder.resolve("briefing.pdf");
        byte[] previous = "the previous briefing".getBytes(StandardCharsets.UTF_8);
        Files.write(target, previous);
        BriefingContent content = Sheets.content(BUNDLED, AreaFilter.ALL, "en", false);
        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(target,
                out -> new PdfBriefingWriter().write(content, PaperSize.A4, new FailingAfter(out, 20_000))));
        assertEquals("No space left on device", failure.getMessage());
        assertArrayEquals(previous, Files.readAllBytes(target));
        assertEquals(List.of(target), FolderContents.of(folder));
    }

    /** The first words of a paragraph: always on its first line, whatever the column. */
    private static String firstWords(String text) {
        String[] words = normalized(text).split(" ");
        return String.join(" ", List.of(words).subList(0, 4));
    }

    /** A disk that fills up after {@code limit} bytes. */
    private static final class FailingAfter extends FilterOutputStream {
        private long left;

        FailingAfter(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }
}
