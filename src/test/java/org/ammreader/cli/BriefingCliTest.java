package org.ammreader.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ammreader.testing.FolderContents;
import org.ammreader.testing.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --briefing as a user runs it: the file it writes, what it prints, the status it exits with. */
class BriefingCliTest {

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    private List<Path> files() throws IOException {
        return FolderContents.of(folder);
    }

    @Test
    void writesTheBundledWeekAsAnA4Pdf() throws IOException {
        Path target = folder.resolve("briefing.pdf");
        assertEquals(0, cli.run("--briefing", target.toString()));
        String text = PdfText.of(target);
        assertTrue(text.contains("52nd ASEAN Foreign Ministers’ Meeting and Related Meetings"));
        assertTrue(text.contains("Balakrishnan") && text.contains("Mogherini"));
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertEquals(PDRectangle.A4.getHeight(), document.getPage(0).getMediaBox().getHeight(), 0.01);
        }
        assertTrue(cli.out().startsWith(target + ": briefing sheet written, "));
        assertEquals(List.of(target), files());
    }

    @Test
    void langFrGivesTheFrenchSheet() throws IOException {
        Path target = folder.resolve("note.pdf");
        assertEquals(0, cli.run("--briefing", target.toString(), "--lang", "fr"));
        String text = PdfText.of(target);
        assertTrue(text.contains("NOTE D’INFORMATION"));
        assertTrue(text.contains("Déclaration ASEAN-UE sur la coopération en matière de cybersécurité"));
    }

    @Test
    void areasNarrowTheSchedule() throws IOException {
        Path target = folder.resolve("cyber.pdf");
        assertEquals(0, cli.run("--briefing", target.toString(), "--areas", "cyber, maritime"));
        String text = PdfText.of(target);
        assertTrue(text.contains("ASEAN–Russia Ministerial Meeting (PMC+1)"));
        assertFalse(text.contains("Lavrov’s talks with Prayut and Don"));
    }

    @Test
    void anotherModelInSpanish() throws IOException {
        Path model = folder.resolve("three.json");
        Files.write(model, BriefingCliTest.class.getResourceAsStream("/models/three-languages.json").readAllBytes());
        Path target = folder.resolve("nota.pdf");
        assertEquals(0, cli.run("--briefing", target.toString(), "--model", model.toString(), "--lang", "es"));
        assertTrue(PdfText.of(target).contains("NOTA INFORMATIVA Semana de ejemplo (tres idiomas)"));
    }

    @Test
    void unknownAreaIsAUsageErrorNamingTheValidOnes() throws IOException {
        Path target = folder.resolve("briefing.pdf");
        assertEquals(2, cli.run("--briefing", target.toString(), "--areas", "cyber,cyber-security"));
        assertTrue(cli.err().startsWith("amm-reader: unknown area \"cyber-security\"; the model’s areas are: cyber, "
                + "ctvex, tnc, "), cli.err());
        assertEquals(List.of(), files());
    }

    @Test
    void languageOutsideTheModelIsAUsageErrorNamingItsLanguages() throws IOException {
        assertEquals(2, cli.run("--briefing", folder.resolve("b.pdf").toString(), "--lang", "de"));
        assertTrue(cli.err().startsWith("amm-reader: --lang de: not a language of the model; its languages are: en, fr"),
                cli.err());
        assertEquals(List.of(), files());
    }

    @Test
    void areasWithoutBriefingIsAUsageError() {
        assertEquals(2, cli.run("--validate", "--areas", "cyber"));
        assertTrue(cli.err().startsWith("amm-reader: --areas only applies to --briefing"), cli.err());
    }

    @Test
    void briefingWithoutFileIsAUsageError() {
        assertEquals(2, cli.run("--briefing"));
        assertTrue(cli.err().startsWith("amm-reader: --briefing needs a value"), cli.err());
    }

    @Test
    void aTargetInAMissingFolderFailsWithStatusOneAndNoFile() throws IOException {
        Path target = folder.resolve("nowhere").resolve("briefing.pdf");
        assertEquals(1, cli.run("--briefing", target.toString()));
        assertEquals("amm-reader: cannot write " + target + ": the folder " + folder.resolve("nowhere")
                + " does not exist. Nothing was written; a previous file there is unchanged.", cli.err().strip());
        assertEquals(List.of(), files());
    }

    @Test
    void aFolderAsTargetFailsWithStatusOneAndStaysAFolder() throws IOException {
        Path target = Files.createDirectory(folder.resolve("briefing.pdf"));
        assertEquals(1, cli.run("--briefing", target.toString()));
        assertTrue(cli.err().contains("this is a folder, not a file name"), cli.err());
        assertTrue(Files.isDirectory(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void anExistingFileSurvivesACommandThatFails() throws IOException {
        Path target = folder.resolve("briefing.pdf");
        byte[] previous = "last week's sheet".getBytes(StandardCharsets.UTF_8);
        Files.write(target, previous);
        assertEquals(2, cli.run("--briefing", target.toString(), "--lang", "th"));
        assertArrayEquals(previous, Files.readAllBytes(target));
    }

    @Test
    void helpDescribesTheBriefing() {
        assertEquals(0, cli.run("--help"));
        String help = cli.out();
        for (String option : new String[] {"--briefing FILE.pdf", "--areas a,b", "--lang CODE"}) {
            assertTrue(help.contains(option), option);
        }
    }

    @Test
    void fromAndToGiveASheetOfThatPeriodSayingHowManyMeetingsAreOutsideIt() throws IOException {
        Path target = folder.resolve("friday.pdf");
        assertEquals(0, cli.run("--briefing", target.toString(), "--from", "2019-08-02", "--to", "2019-08-02"));
        String text = PdfText.of(target);
        assertTrue(text.contains("Period: 2 August 2019"), text);
        assertTrue(text.contains("26th ASEAN Regional Forum") && text.contains("9th East Asia Summit"), text);
        assertFalse(text.contains("ASEAN–EU Ministerial Meeting"), "Thursday's meeting in focus is not Friday's");
        assertFalse(text.contains("12th Mekong–Japan"), "Saturday's meetings are outside the period");
        // 37 meetings in the week, 5 on Friday 2 August.
        assertTrue(text.contains("Left out: 32 meetings outside the period"), text);
        assertTrue(cli.out().startsWith(target + ": briefing sheet written, 1 page"), cli.out());
    }

    @Test
    void fromAloneRunsToTheModelsLastDayInFrench() throws IOException {
        Path target = folder.resolve("samedi.pdf");
        assertEquals(0, cli.run("--briefing", target.toString(), "--from", "2019-08-03", "--lang", "fr"));
        String text = PdfText.of(target);
        assertTrue(text.contains("Période : 3 août 2019"), text);
        assertTrue(text.contains("Non repris : 34 réunions hors de la période"), text);
        assertTrue(text.contains("12e réunion ministérielle Mékong-Japon"), text);
    }

    @Test
    void aDateThatDoesNotExistIsAUsageErrorAndWritesNothing() throws IOException {
        Path target = folder.resolve("briefing.pdf");
        assertEquals(2, cli.run("--briefing", target.toString(), "--from", "2019-02-30"));
        assertEquals("amm-reader: --from 2019-02-30: not a date; write it as YYYY-MM-DD, e.g. 2019-08-01\n"
                + "Run with --help to see the options.\n", cli.err());
        assertEquals(List.of(), files());
    }

    @Test
    void aDateInAnotherFormatIsAUsageError() {
        assertEquals(2, cli.run("--briefing", folder.resolve("b.pdf").toString(), "--to", "1/8/2019"));
        assertTrue(cli.err().startsWith("amm-reader: --to 1/8/2019: not a date; write it as YYYY-MM-DD"), cli.err());
    }

    @Test
    void fromAfterToIsAUsageErrorAndWritesNothing() throws IOException {
        Path target = folder.resolve("briefing.pdf");
        assertEquals(2, cli.run("--briefing", target.toString(), "--from", "2019-08-03", "--to", "2019-08-01"));
        assertTrue(cli.err().startsWith("amm-reader: the period starts on 2019-08-03, after its end on 2019-08-01; "
                + "--from must not be later than --to"), cli.err());
        assertEquals(List.of(), files());
    }

    @Test
    void fromAloneAfterTheModelsLastDayIsAUsageError() throws IOException {
        Path target = folder.resolve("briefing.pdf");
        assertEquals(2, cli.run("--briefing", target.toString(), "--from", "2019-09-01"));
        assertTrue(cli.err().startsWith("amm-reader: the period starts on 2019-09-01, after its end on 2019-08-03"),
                cli.err());
        assertEquals(List.of(), files());
    }

    @Test
    void fromWithoutBriefingIsAUsageError() throws IOException {
        assertEquals(2, cli.run("--export-png", folder.resolve("w.png").toString(), "--from", "2019-08-01"));
        assertTrue(cli.err().startsWith("amm-reader: --from only applies to --briefing"), cli.err());
        assertEquals(List.of(), files());
    }

    @Test
    void aLargeModelWithoutAPeriodKeepsToFourPagesAndSaysHowManyItLeftOut() throws IOException {
        Path model = folder.resolve("large.json");
        assertEquals(0, cli.run("--generate-model", "20000", model.toString()));
        Path target = folder.resolve("large.pdf");
        assertEquals(0, cli.run("--briefing", target.toString(), "--model", model.toString()));
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertEquals(4, document.getNumberOfPages());
        }
        String text = PdfText.of(target);
        assertTrue(text.matches(".*Left out: 19,[0-9]{3} later meetings of the period, over the 4-page limit .*"),
                text.substring(0, 800));
        assertFalse(text.contains("Period:"), "the whole model, as before --from and --to");
        assertTrue(cli.out().contains(target + ": briefing sheet written, 4 pages"), cli.out());
    }

    @Test
    void aPeriodWithNoMeetingOfTheAreasSaysSo() throws IOException {
        Path target = folder.resolve("monday-cyber.pdf");
        assertEquals(0, cli.run("--briefing", target.toString(), "--from", "2019-07-29", "--to", "2019-07-29",
                "--areas", "cyber"));
        String text = PdfText.of(target);
        assertTrue(text.contains("No meeting of the selected areas falls in the period."), text);
        assertTrue(text.contains("Left out: 8 meetings outside the period"), text);
    }
}
