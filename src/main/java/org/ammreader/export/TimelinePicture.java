package org.ammreader.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.ammreader.control.timeline.DrawnLabels;
import org.ammreader.control.timeline.TimelineData;
import org.ammreader.control.timeline.TimelineFrame;
import org.ammreader.control.timeline.TimelinePainter;
import org.ammreader.control.timeline.TimelineStyle;
import org.ammreader.filter.FilterInWords;
import org.ammreader.i18n.Dates;
import org.ammreader.i18n.TimeWords;
import org.ammreader.i18n.ZoneLabels;
import org.ammreader.model.Area;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Source;
import org.ammreader.timeline.MeetingLanes;
import org.ammreader.timeline.MeetingTimelineAdapter;
import org.ammreader.timeline.MeetingTimelineStyle;
import org.ammreader.typography.Fonts;

/**
 * The exported picture: a title, the timeline drawn by the same painter as the screen, a legend of the areas
 * shown, the filter in words, and a footer naming the sources' publishers and the export date. Laid out once
 * in logical pixels; drawn in vertical tiles at the device scale. Use on the JavaFX thread.
 */
final class TimelinePicture {

    static final double MARGIN = 32;
    private static final int MAX_ROWS = 12;
    private static final double LINE = 20;

    private final PictureRequest request;
    private final PictureTexts texts;
    private final String titleLine;
    private final TimelineData<Meeting> data;
    private final TimelineStyle style;
    private final double laneColumn;
    private final TimelinePainter painter = new TimelinePainter();
    private final TimelineFrame.Detail detail;
    private final String zoneLabel;
    private final TimeWords times;

    private final Font titleFont;
    private final Font subtitleFont;
    private final Font subtitleBoldFont;
    private final Font bodyFont;
    private final Font boldFont;

    private final double width;
    private final double timelineTop;
    private final double timelineHeight;
    private final double legendTop;
    private final List<LegendEntry> legend;
    private final List<String> footerLines;
    private final double height;
    private final List<DrawnLabels.ItemLabel> drawnTitles = new ArrayList<>();

    /** One swatch of the legend, at its top-left corner in logical pixels. */
    record LegendEntry(String label, Color color, double x, double y) {
    }

    TimelinePicture(PictureRequest request) {
        Fonts.load();
        // The faces are made only once the packed fonts are registered, or they would fall back to others.
        this.titleFont = Font.font(Fonts.SERIF, FontWeight.BOLD, 26);
        this.subtitleFont = Font.font(Fonts.SANS, 15);
        this.subtitleBoldFont = Font.font(Fonts.SANS, FontWeight.BOLD, 15);
        this.bodyFont = Font.font(Fonts.SANS, 12);
        this.boldFont = Font.font(Fonts.SANS, FontWeight.BOLD, 12);
        this.request = request;
        Model model = request.model();
        this.texts = new PictureTexts(request.language());
        ZoneId zone = model.timeZone();
        this.zoneLabel = ZoneLabels.label(zone, model.startDate(), texts.locale());
        MeetingLanes lanes = MeetingLanes.of(model, request.lanes(), request.language(), request.filter().actors(),
                texts.get("lanes.others"));
        this.times = TimeWords.forLanguage(request.language());
        MeetingTimelineAdapter adapter = new MeetingTimelineAdapter(model, lanes, request.language(),
                request.filter(), m -> m.title().get(request.language()), this::label, this::shortLabel);
        this.data = TimelineData.of(model.meetings(), adapter, lanes.lanes(), zone)
                .withFilter(m -> request.filter().matches(model, m), false);
        this.style = MeetingTimelineStyle.resolve();
        painter.setDateFormats(Dates::formatter);
        this.laneColumn = style.laneColumnWidth();

        double timelineWidth = laneColumn + request.axisWidth();
        this.width = Math.ceil(MARGIN + timelineWidth + MARGIN);
        this.titleLine = titleLine(model);
        this.timelineTop = MARGIN + 34 + 24 + 22 + 16;
        this.timelineHeight = TimelinePainter.contentHeight(data, style, MAX_ROWS, Double.POSITIVE_INFINITY);
        this.detail = TimelinePainter.detailFor(data, style, frame(0, timelineWidth, 1));
        this.legendTop = timelineTop + timelineHeight + 20;
        this.legend = layoutLegend(model, legendTop + LINE + 4);
        double afterLegend = (legend.isEmpty() ? legendTop + LINE : legend.get(legend.size() - 1).y() + LINE) + 8;
        this.footerLines = wrap(footerText(model), width - 2 * MARGIN, bodyFont);
        this.height = Math.ceil(afterLegend + 2 * LINE + 8 + footerLines.size() * LINE + MARGIN);
    }

    /** Logical width of the whole picture. */
    double width() {
        return width;
    }

    /** Logical height of the whole picture. */
    double height() {
        return height;
    }

    int scale() {
        return request.scale();
    }

    /** Where the timeline part starts, from the top, in logical pixels. */
    double timelineTop() {
        return timelineTop;
    }

    double timelineHeight() {
        return timelineHeight;
    }

    /** The width of the lane label column of the timeline part. */
    double laneColumnWidth() {
        return laneColumn;
    }

    List<LegendEntry> legend() {
        return legend;
    }

    /** The line under the title and dates: what the filter shows and how many meetings of the model that is. */
    String titleLine() {
        return titleLine;
    }

    /** The footer as laid out: the sources' publishers and the export line, wrapped to the picture's width. */
    List<String> footerLines() {
        return footerLines;
    }

    /** The text on or beside a meeting's bar: a picture has no agenda beside it, so a timed one leads with its start. */
    String label(Meeting meeting) {
        String title = meeting.title().get(request.language());
        return meeting.hasTime() ? texts.get("meeting.timed", times.startOf(meeting), title) : title;
    }

    /**
     * What is drawn where the label does not fit: the short title alone. Shortened, the label would keep its time
     * ("afterno…") and lose the title, which matters more: the bar's place on the axis gives the time.
     */
    String shortLabel(Meeting meeting) {
        return meeting.shortTitleOr(request.language());
    }

    /** Where the meeting's bar is drawn on the picture, in logical pixels, when it is drawn. */
    Optional<Bounds> barBounds(Meeting meeting) {
        return TimelinePainter.itemBounds(data, style, frame(0, laneColumn + request.axisWidth(), 1), meeting)
                .map(b -> new BoundingBox(MARGIN + b.getMinX(), timelineTop + b.getMinY(), b.getWidth(),
                        b.getHeight()));
    }

    /** The painter's frame for the part of the timeline between {@code from} and {@code to} (logical px). */
    private TimelineFrame frame(double from, double to, double scale) {
        boolean withLaneColumn = from < laneColumn;
        double axisFrom = Math.max(0, from - laneColumn);
        double axisTo = to - laneColumn;
        long start = request.start().toEpochMilli();
        double msPerPixel = (request.end().toEpochMilli() - start) / request.axisWidth();
        return new TimelineFrame(
                Instant.ofEpochMilli(start + Math.round(axisFrom * msPerPixel)),
                Instant.ofEpochMilli(start + Math.round(axisTo * msPerPixel)),
                to - from, timelineHeight, scale, 0, withLaneColumn, false, texts.locale(), zoneLabel, null, MAX_ROWS,
                detail == null ? TimelineFrame.Detail.AUTO : detail, request.end());
    }

    /**
     * Draws the columns {@code [x, x + tileWidth)} of the picture (logical px) onto {@code gc}, whose canvas
     * is {@code tileWidth × scale} by {@code height × scale} device pixels.
     */
    void drawTile(GraphicsContext gc, double x, double tileWidth) {
        double scale = request.scale();
        gc.save();
        gc.setFill(style.background());
        gc.fillRect(0, 0, tileWidth * scale, height * scale);
        gc.scale(scale, scale);
        gc.translate(-x, 0);
        drawTexts(gc);
        gc.restore();

        double timelineLeft = MARGIN;
        double from = Math.max(x, timelineLeft) - timelineLeft;
        double to = Math.min(x + tileWidth, width - MARGIN) - timelineLeft;
        if (to - from >= 1) {
            if (from > 0 && from < laneColumn) {
                throw new IllegalStateException("a tile must not start inside the lane column");
            }
            gc.save();
            gc.translate((timelineLeft + from - x) * scale, timelineTop * scale);
            painter.paint(gc, data, style, frame(from, to, scale));
            gc.restore();
            double left = timelineLeft + from;
            painter.drawnLabels().items().forEach(label -> drawnTitles.add(new DrawnLabels.ItemLabel(label.item(),
                    label.text(), shift(label.bounds(), left), shift(label.bar(), left), label.inside())));
        }
    }

    /** The titles drawn so far by {@link #drawTile}, in the picture's logical pixels (a title across a seam twice). */
    List<DrawnLabels.ItemLabel> drawnTitles() {
        return List.copyOf(drawnTitles);
    }

    private Bounds shift(Bounds b, double left) {
        return new BoundingBox(left + b.getMinX(), timelineTop + b.getMinY(), b.getWidth(), b.getHeight());
    }

    private void drawTexts(GraphicsContext gc) {
        Model model = request.model();
        String language = request.language();
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        text(gc, model.title().get(language), MARGIN, MARGIN, titleFont, style.text());
        String dates = Dates.range(model.startDate(), model.endDate(), texts.locale());
        text(gc, texts.get("subtitle", dates, model.venue().get(language), zoneLabel), MARGIN, MARGIN + 36,
                subtitleFont, style.mutedText());
        text(gc, titleLine, MARGIN, MARGIN + 60, subtitleBoldFont, style.text());

        text(gc, texts.get("legend.title"), MARGIN, legendTop, boldFont, style.text());
        for (LegendEntry entry : legend) {
            gc.setFill(entry.color());
            gc.fillRoundRect(entry.x(), entry.y() + 2, 12, 12, 4, 4);
            text(gc, entry.label(), entry.x() + 18, entry.y(), bodyFont, style.text());
        }
        double y = (legend.isEmpty() ? legendTop + LINE : legend.get(legend.size() - 1).y() + LINE) + 8;
        text(gc, texts.get("markers"), MARGIN, y, bodyFont, style.mutedText());
        y += LINE + 8;
        for (String line : footerLines) {
            text(gc, line, MARGIN, y, bodyFont, style.mutedText());
            y += LINE;
        }
    }

    private static void text(GraphicsContext gc, String text, double x, double y, Font font, Color color) {
        gc.setFont(font);
        gc.setFill(color);
        gc.fillText(text, x, y);
    }

    /** The areas that colour the bars shown: each shown meeting's first area, in the model's order. */
    private List<LegendEntry> layoutLegend(Model model, double top) {
        Set<String> used = new LinkedHashSet<>();
        boolean neutral = false;
        for (Meeting meeting : model.meetings()) {
            if (request.filter().matches(model, meeting)) {
                if (meeting.areas().isEmpty()) {
                    neutral = true;
                } else {
                    used.add(meeting.areas().get(0));
                }
            }
        }
        List<LegendEntry> entries = new ArrayList<>();
        double x = MARGIN;
        double y = top;
        List<Area> areas = model.areas().stream().filter(a -> used.contains(a.id())).toList();
        List<String> labels = new ArrayList<>(areas.stream().map(a -> a.label().get(request.language())).toList());
        List<Color> colors = new ArrayList<>(areas.stream().map(a -> Color.web(a.color())).toList());
        if (neutral) {
            labels.add(texts.get("legend.neutral"));
            colors.add(MeetingTimelineAdapter.NEUTRAL);
        }
        for (int i = 0; i < labels.size(); i++) {
            double entryWidth = 18 + measure(labels.get(i), bodyFont) + 24;
            if (x > MARGIN && x + entryWidth > width - MARGIN) {
                x = MARGIN;
                y += LINE;
            }
            entries.add(new LegendEntry(labels.get(i), colors.get(i), x, y));
            x += entryWidth;
        }
        return entries;
    }

    /**
     * "Maritime security · 10 of 38 meetings · Mike Pompeo": the areas shown, the count of meetings drawn out of
     * the model's, then the people and delegations chosen, so that a picture cut out of its article still says
     * what it leaves out.
     */
    private String titleLine(Model model) {
        String language = request.language();
        String areas = FilterInWords.areas(model, request.filter(), language, new FilterInWords.Phrases() {
            @Override
            public String all(int count) {
                return texts.get("filter.all");
            }

            @Override
            public String none() {
                return texts.get("filter.none");
            }

            @Override
            public String some(List<String> names) {
                // Area names hold commas ("Maritime security, South China Sea"): a semicolon parts them.
                return String.join(texts.get("areas.separator"), names);
            }
        });
        int total = model.meetings().size();
        long shown = model.meetings().stream().filter(meeting -> request.filter().matches(model, meeting)).count();
        String count = shown == total ? texts.get("count.all", total) : texts.get("count.some", shown, total);
        String actors = FilterInWords.actorNames(model, request.filter().actors(), language);
        return actors.isEmpty() ? areas + " \u00b7 " + count : areas + " \u00b7 " + count + " \u00b7 " + actors;
    }

    /** The publishers of the sources of the meetings shown, and the export line. */
    private String footerText(Model model) {
        Set<String> publishers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Meeting meeting : model.meetings()) {
            if (request.filter().matches(model, meeting)) {
                meeting.sources().stream().map(Source::publisher).forEach(publishers::add);
            }
        }
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale())
                .format(request.exportedOn());
        // Publishers' names hold commas ("Vietnam News Agency (VNA), French service"): a comma between them would
        // read as more, or repeated, publishers. The dot stays at the end of a line (no-break space before it).
        return texts.get("sources", String.join("\u00a0\u00b7 ", publishers)) + "\n"
                + texts.get("footer", date, request.appVersion());
    }

    /** Breaks {@code text} into lines no wider than {@code maxWidth}; "\n" forces a break. */
    private static List<String> wrap(String text, double maxWidth, Font font) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && measure(candidate, font) > maxWidth) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static double measure(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        return node.getLayoutBounds().getWidth();
    }
}
