package org.ammreader.briefing;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the briefing sheet says, already chosen, filtered and worded in the sheet's language: plain text and
 * colours, no typography. The layout draws it; tests can read it without a PDF.
 *
 * @param pagePattern the page number as a MessageFormat pattern: {0} the page, {1} the number of pages
 */
public record BriefingContent(String language, Header header, Optional<Featured> featured, Schedule schedule,
                              Optional<Declaration> declaration, Optional<Sources> sources, String generatedOn,
                              String pagePattern, DocumentInfo info) {

    /** A label and its value ("Chair" — "Don Pramudwinai"); {@code label} carries its own punctuation. */
    public record Labelled(String label, String value) {
    }

    /** The top of the first page: what week, when, where, who chairs, which clock, which areas. */
    public record Header(String kicker, String title, String datesAndVenue, List<Labelled> details) {
        public Header {
            details = List.copyOf(details);
        }
    }

    /** The meeting the declaration comes from, in a tinted box with the week's key facts. */
    public record Featured(String kicker, String title, String when, String chairsLabel, List<String> chairs,
                           String adoptedLabel, List<String> adopted, String factsLabel, List<Fact> facts) {
        public Featured {
            chairs = List.copyOf(chairs);
            adopted = List.copyOf(adopted);
            facts = List.copyOf(facts);
        }
    }

    /** A key fact and the date its figures refer to, already worded ("Reference date: 2017"). */
    /**
     * @param flag  the glyph of a fact the sources do not settle ("!" disputed, "?" not confirmed), or empty
     * @param doubt what is uncertain, "Sources disagree: …", or empty
     */
    public record Fact(String label, String value, String reference, String flag, String doubt) {
    }

    /**
     * The meetings in the filter and the period, day by day, the earliest first; {@code emptyText} stands in when
     * no meeting passes. The key explains, once, the area marks and the flags the rows use, and only those. The
     * days hold at most {@code ScheduleComposer.MOST_ROWS} rows: the layout keeps those its page limit allows.
     */
    public record Schedule(String heading, String note, List<AreaMark> key, List<Flag> flags, List<Day> days,
                           String continued, String emptyText, LeftOut leftOut) {
        public Schedule {
            key = List.copyOf(key);
            flags = List.copyOf(flags);
            days = List.copyOf(days);
        }
    }

    /**
     * What the sheet leaves out of the meetings in the filter, worded for the header's "Left out:" line.
     *
     * @param inPeriod        how many meetings of the filter fall in the period (the rows may be fewer)
     * @param outsidePeriod   how many meetings of the filter fall outside it
     * @param outsideText     "99,950 meetings outside the period", or empty when there are none
     * @param overLimitPattern MessageFormat: {0} the meetings of the period not shown, {1} the page limit
     * @param separator       between the two reasons
     */
    public record LeftOut(int inPeriod, int outsidePeriod, String label, String outsideText, String overLimitPattern,
                          String separator) {
    }

    /** A day's meetings, headed by its weekday ("Thursday") and its date ("1 August", « 1er août »). */
    public record Day(String weekday, String date, List<Row> rows) {
        public Day {
            rows = List.copyOf(rows);
        }

        /** "Thursday 1 August", « Jeudi 1er août ». */
        public String heading() {
            return weekday + " " + date;
        }
    }

    /**
     * One meeting: time (may be empty), title, a remark such as "until 1 August" (may be empty), chairs' names,
     * the areas in the filter in the model's order and, when the meeting has others, a remark such as "+9 other
     * areas"; {@code flag} is the glyph of an uncertain meeting (empty for a confirmed one).
     */
    public record Row(String time, String title, String remark, List<String> chairs, List<AreaMark> areas,
                      String moreAreas, String flag) {
        public Row {
            chairs = List.copyOf(chairs);
            areas = List.copyOf(areas);
        }
    }

    /** An area as the sheet shows it: its label and its colour as #RRGGBB. */
    public record AreaMark(String label, String color) {
    }

    /** A glyph that flags how certain a meeting is ("○") and what it means ("single source"). */
    public record Flag(String glyph, String meaning) {
    }

    /**
     * Key points of the declaration: the paragraphs in the filter, each in one language or in two columns
     * ({@code columns} names the languages when there are two).
     */
    public record Declaration(String heading, String title, String subtitle, String rendition, List<String> columns,
                              List<Point> points, String emptyText) {
        public Declaration {
            columns = List.copyOf(columns);
            points = List.copyOf(points);
        }
    }

    /** A paragraph's number in the whole document and its text in each column's language. */
    public record Point(String number, List<String> texts) {
        public Point {
            texts = List.copyOf(texts);
        }
    }

    public record Sources(String heading, String note, List<SourceEntry> entries) {
        public Sources {
            entries = List.copyOf(entries);
        }
    }

    /** A cited source; {@code date} is already worded and may be empty. */
    public record SourceEntry(String publisher, String title, boolean described, String date, String url) {
    }

    /** The PDF's document information, its language (BCP 47) and when it was made. */
    public record DocumentInfo(String title, String author, String subject, String keywords, String language,
                               ZonedDateTime created) {
    }
}
