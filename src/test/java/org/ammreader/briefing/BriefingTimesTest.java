package org.ammreader.briefing;

import static org.ammreader.testing.PdfText.normalized;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Model;
import org.junit.jupiter.api.Test;

/**
 * The briefing's times and doubts, read from the PDF's text: each time with its precision in the sheet's language,
 * the day in time order, a disputed time with both readings, and a disputed fact flagged and explained.
 */
class BriefingTimesTest {

    private static final Model BUNDLED = Sheets.bundled();

    private static String sheet(String language) {
        return normalized(Sheets.text(Sheets.pdf(BUNDLED, AreaFilter.ALL, language, false, PaperSize.A4)));
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "missing after position " + from + ": " + part);
            from = at + part.length();
        }
    }

    /** The meeting's title as the model gives it (the wording is the content's; the times are what is tested). */
    private static String title(String id, String language) {
        return normalized(BUNDLED.meeting(id).orElseThrow().title().get(language));
    }

    @Test
    void theEnglishScheduleGivesEachTimeWithItsPrecisionInTimeOrder() {
        String text = sheet("en");
        assertInOrder(text, "09:10 " + title("amm52-opening", "en"), "afternoon " + title("asean-china-pmc", "en"));
        assertInOrder(text, "about 10:00 (about 1 h) " + title("asean-japan-pmc", "en"),
                "afternoon " + title("mgc-10", "en"), "16:00 (40 min) " + title("tsd-9", "en").substring(0, 30));
        assertInOrder(text, "morning " + title("apt-fmm-20", "en"),
                "disputed: about 15:00 (about 3 h 30 min) or 14:00 " + title("arf-26", "en"),
                "16:30 (30 min) " + title("us-japan-rok-trilateral", "en").substring(0, 30));
    }

    @Test
    void theFrenchScheduleWritesTimesAsAParisDeskWould() {
        String text = sheet("fr");
        assertInOrder(text, "9 h 10 " + title("amm52-opening", "fr"), "après-midi " + title("asean-china-pmc", "fr"));
        assertInOrder(text, "vers 10 h (environ 1 h) " + title("asean-japan-pmc", "fr"),
                "16 h (40 min) " + title("tsd-9", "fr").substring(0, 30));
        assertInOrder(text, "matin " + title("apt-fmm-20", "fr"),
                "contestée : vers 15 h (environ 3 h 30) ou 14 h " + title("arf-26", "fr"),
                "16 h 30 (30 min) " + title("us-japan-rok-trilateral", "fr").substring(0, 30));
    }

    @Test
    void aDisputedFactIsFlaggedAndExplainedAsADisputedMeetingIs() {
        assertInOrder(sheet("en"), "! Dates of the week.", "Sources disagree.");
        assertInOrder(sheet("fr"), "! Dates de la semaine.", "Les sources divergent.");
    }
}
