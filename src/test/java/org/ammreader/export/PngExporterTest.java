package org.ammreader.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.ammreader.control.timeline.DrawnLabels;
import org.ammreader.filter.ActorFilter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.timeline.LaneGrouping;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Source;
import org.ammreader.testing.PngWords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The exported picture, read back pixel by pixel. */
class PngExporterTest {

    private static final LocalDate EXPORTED_ON = LocalDate.of(2026, 11, 28);
    private static Model model;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        model = new ModelLoader(JsonMappers.create()).loadBundled();
    }

    private static PictureRequest week(AreaFilter filter, String language, int scale) {
        return PictureRequest.wholeWeek(model, filter, language, LaneGrouping.TRACKS, scale, EXPORTED_ON, "1.0.0");
    }

    private BufferedImage export(PictureRequest request, String name) throws Exception {
        Path file = folder.resolve(name);
        new PngExporter().export(request, file, (done, total) -> { });
        return ImageIO.read(file.toFile());
    }

    private static TimelinePicture layout(PictureRequest request) throws InterruptedException {
        return FxThread.call(() -> new TimelinePicture(request));
    }

    /** Pixels in the rectangle (logical coordinates × scale) darker than mid-grey: text. */
    private static int darkPixels(BufferedImage image, int scale, double x, double y, double width, double height) {
        int count = 0;
        for (int py = (int) (y * scale); py < (int) ((y + height) * scale); py++) {
            for (int px = (int) (x * scale); px < (int) ((x + width) * scale); px++) {
                int rgb = image.getRGB(px, py);
                int luminance = ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 110) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean near(int rgb, Color color) {
        return Math.abs((rgb >> 16 & 0xFF) - (int) Math.round(color.getRed() * 255)) <= 3
                && Math.abs((rgb >> 8 & 0xFF) - (int) Math.round(color.getGreen() * 255)) <= 3
                && Math.abs((rgb & 0xFF) - (int) Math.round(color.getBlue() * 255)) <= 3;
    }

    @Test
    void theSizeFollowsTheRangeAndTheScale() throws Exception {
        BufferedImage one = export(week(AreaFilter.ALL, "en", 1), "week-1x.png");
        BufferedImage two = export(week(AreaFilter.ALL, "en", 2), "week-2x.png");
        assertEquals(one.getWidth() * 2, two.getWidth(), 2);
        assertEquals(one.getHeight() * 2, two.getHeight(), 2);
        double margins = 2 * TimelinePicture.MARGIN + layout(week(AreaFilter.ALL, "en", 1)).laneColumnWidth();
        assertEquals(margins + PictureRequest.DEFAULT_WEEK_WIDTH, one.getWidth(), 1);

        PictureRequest whole = week(AreaFilter.ALL, "en", 1);
        PictureRequest firstHalf = new PictureRequest(model, AreaFilter.ALL, "en", LaneGrouping.TRACKS, whole.start(),
                whole.start().plusSeconds(3 * 24 * 3600), whole.pixelsPerHour(), 1, EXPORTED_ON, "1.0.0");
        BufferedImage half = export(firstHalf, "half.png");
        assertEquals(margins + PictureRequest.DEFAULT_WEEK_WIDTH / 2, half.getWidth(), 1);
    }

    @Test
    void titleLaneLabelsAndLegendAreWhereTheyBelong() throws Exception {
        PictureRequest request = week(AreaFilter.ALL, "en", 2);
        TimelinePicture picture = layout(request);
        BufferedImage image = export(request, "week.png");

        assertTrue(darkPixels(image, 2, TimelinePicture.MARGIN, TimelinePicture.MARGIN, 500, 30) > 2000, "the title");
        double laneTop = picture.timelineTop() + 48;
        assertTrue(darkPixels(image, 2, TimelinePicture.MARGIN + 8, laneTop, picture.laneColumnWidth() - 16,
                40) > 300, "the first lane's label");
        assertEquals(0, darkPixels(image, 2, TimelinePicture.MARGIN + picture.laneColumnWidth() + 2,
                picture.timelineTop() + picture.timelineHeight() - 12, 100, 8), "nothing drawn below the last row");

        List<TimelinePicture.LegendEntry> legend = picture.legend();
        Set<String> firstAreas = model.meetings().stream().filter(m -> !m.areas().isEmpty())
                .map(m -> m.areas().get(0)).collect(Collectors.toSet());
        assertEquals(firstAreas.size() + 1, legend.size(), "one swatch per colour on the bars, and 'No area'");
        for (TimelinePicture.LegendEntry entry : legend) {
            int rgb = image.getRGB((int) ((entry.x() + 6) * 2), (int) ((entry.y() + 8) * 2));
            assertTrue(near(rgb, entry.color()), entry.label() + ": " + Integer.toHexString(rgb));
        }
    }

    @Test
    void aFilteredPictureShowsOnlyWhatTheFilterKeeps() throws Exception {
        AreaFilter cyber = AreaFilter.of(List.of("cyber"));
        PictureRequest request = week(cyber, "fr", 2);
        TimelinePicture filtered = layout(request);
        TimelinePicture all = layout(week(AreaFilter.ALL, "fr", 2));
        BufferedImage image = export(request, "cyber-fr.png");

        assertTrue(filtered.timelineHeight() < all.timelineHeight(), "fewer rows");
        Set<String> expected = model.meetings().stream().filter(m -> m.areas().contains("cyber"))
                .map(m -> model.area(m.areas().get(0)).orElseThrow().label().get("fr")).collect(Collectors.toSet());
        assertEquals(expected, filtered.legend().stream().map(TimelinePicture.LegendEntry::label)
                .collect(Collectors.toSet()));
        assertFalse(filtered.legend().stream().anyMatch(e -> e.label().equals(model.area("water").orElseThrow()
                .label().get("fr"))), "no Mekong water colour");
        assertEquals(image.getHeight(), (int) Math.ceil(filtered.height() * 2));
        assertTrue(model.meetings().stream().filter(m -> m.areas().contains("cyber")).map(Meeting::id).count() > 3);
    }

    @Test
    void theTitleLineNamesTheFilterAndTheCountInTheContentLanguageAndThePngCarriesIt() throws Exception {
        long maritime = model.meetings().stream().filter(m -> m.areas().contains("maritime")).count();
        int total = model.meetings().size();
        assertTrue(maritime > 1 && maritime < total, "maritime " + maritime + " of " + total);
        AreaFilter filter = AreaFilter.of(List.of("maritime"));
        assertEquals("Maritime security, South China Sea \u00b7 " + maritime + " of " + total + " meetings",
                layout(week(filter, "en", 1)).titleLine());
        assertEquals("Sécurité maritime, mer de Chine méridionale \u00b7 " + maritime + " réunions sur " + total,
                layout(week(filter, "fr", 1)).titleLine());
        assertEquals("All cooperation areas \u00b7 " + total + " meetings",
                layout(week(AreaFilter.ALL, "en", 1)).titleLine());

        AreaFilter twoAreas = AreaFilter.of(List.of("maritime", "cyber"));
        assertTrue(layout(week(twoAreas, "fr", 1)).titleLine().startsWith("Cybersécurité et sécurité des TIC\u00a0; "
                + "Sécurité maritime, mer de Chine méridionale \u00b7 "), "areas in the model's order, ; between");

        AreaFilter pompeo = AreaFilter.ALL.withActors(new ActorFilter(Set.of("mike-pompeo")));
        long withPompeo = model.meetings().stream().filter(m -> pompeo.matches(model, m)).count();
        Path file = folder.resolve("pompeo.png");
        new PngExporter().export(week(pompeo, "en", 1), file, (done, total2) -> { });
        Map<String, String> words = PngWords.of(file);
        assertEquals(model.title().get("en"), words.get("Title"));
        assertEquals("All cooperation areas \u00b7 " + withPompeo + " of " + total + " meetings \u00b7 Mike Pompeo",
                words.get("Description"));
    }

    @Test
    void theFooterNamesEachPublisherOnceWithASeparatorThatNoNameHolds() throws Exception {
        String footer = String.join(" ", layout(week(AreaFilter.ALL, "en", 2)).footerLines());

        Set<String> publishers = model.meetings().stream().flatMap(m -> m.sources().stream())
                .map(Source::publisher).collect(Collectors.toSet());
        String listed = footer.substring("Sources: ".length(), footer.lastIndexOf(" Exported on "));
        assertEquals(publishers, Set.copyOf(List.of(listed.split("\u00a0\u00b7 "))), footer);
        assertTrue(footer.contains("Vietnam News Agency (VNA)\u00a0\u00b7 Vietnam News Agency (VNA), French service"),
                footer);
    }

    @Test
    void aTargetThatCannotBeWrittenFailsBeforeDrawingAndLeavesThePreviousFile() throws Exception {
        Path missing = folder.resolve("missing").resolve("week.png");
        assertThrows(NoSuchFileException.class, () -> new PngExporter().export(week(AreaFilter.ALL, "en", 1),
                missing, (done, total) -> { throw new AssertionError("nothing is drawn"); }));
        assertFalse(Files.exists(missing));
    }

    @Test
    void aPictureTooLargeIsRefusedBeforeAnythingIsDrawn() throws Exception {
        PictureRequest whole = week(AreaFilter.ALL, "en", 4);
        PictureRequest huge = new PictureRequest(model, AreaFilter.ALL, "en", LaneGrouping.TRACKS, whole.start(), whole.end(), 2_000, 4,
                EXPORTED_ON, "1.0.0");
        Path target = folder.resolve("huge.png");
        Files.writeString(target, "the previous picture");
        PictureTooLargeException refused = assertThrows(PictureTooLargeException.class, () -> new PngExporter()
                .export(huge, target, (done, total) -> { throw new AssertionError("nothing is drawn"); }));
        assertTrue(refused.width() > 1_000_000, "width " + refused.width());
        assertEquals("the previous picture", Files.readString(target));
    }

    /** A picture of one day, 2 August 2019 in Bangkok, at 60 logical pixels an hour: what "Fit day" shows. */
    private static PictureRequest secondOfAugust(String language) {
        Instant start = LocalDate.of(2019, 8, 2).atStartOfDay(model.timeZone()).toInstant();
        return new PictureRequest(model, AreaFilter.ALL, language, LaneGrouping.TRACKS, start, start.plus(Duration.ofDays(1)), 60, 1,
                EXPORTED_ON, "1.0.0");
    }

    @Test
    void aDayPictureDrawsEachMeetingAtItsHoursWithItsTimeBesideIt() throws Exception {
        PictureRequest request = secondOfAugust("fr");
        TimelinePicture picture = layout(request);
        BufferedImage image = export(request, "2-aout.png");
        // The axis starts after the margin and the lane column; an hour is 60 px.
        double axisLeft = TimelinePicture.MARGIN + picture.laneColumnWidth();
        Meeting trilateral = model.meeting("us-japan-rok-trilateral").orElseThrow();
        Bounds bar = FxThread.call(() -> picture.barBounds(trilateral)).orElseThrow();
        assertEquals(axisLeft + 16.5 * 60, bar.getMinX(), 2, "the trilateral starts at 16:30");
        assertEquals(axisLeft + 17 * 60, bar.getMaxX(), 3, "and ends 30 minutes later");
        Color trilateralColour = Color.web(model.area(trilateral.areas().get(0)).orElseThrow().color());
        assertTrue(near(image.getRGB((int) bar.getMinX() + 2, (int) bar.getCenterY() - 6), trilateralColour),
                "its bar is painted there, sharp from its start");
        // Its time and title are written beside it, since 30 minutes are too narrow to hold them.
        assertTrue(darkPixels(image, 1, bar.getMaxX() + 4, bar.getMinY(), 200, bar.getHeight()) > 150,
                "a label beside the bar");

        Meeting arf = model.meeting("arf-26").orElseThrow();
        Bounds arfBar = FxThread.call(() -> picture.barBounds(arf)).orElseThrow();
        assertEquals(axisLeft + 14 * 60, arfBar.getMinX(), 2, "the disputed ARF spreads back to 14:00");
        Color arfColour = Color.web(model.area(arf.areas().get(0)).orElseThrow().color());
        int y = (int) arfBar.getCenterY() - 6;
        assertFalse(near(image.getRGB((int) arfBar.getMinX() + 3, y), arfColour), "a pale, uncertain start");
        assertTrue(near(image.getRGB((int) (axisLeft + 16.75 * 60), y), arfColour), "solid once both readings agree");
    }

    @Test
    void theBarsOfADayPictureCarryTheirTimesInThePicturesLanguage() throws Exception {
        TimelinePicture french = layout(secondOfAugust("fr"));
        TimelinePicture english = layout(secondOfAugust("en"));
        assertEquals("heure contestée\u00a0: vers 15\u00a0h ou 14\u00a0h \u00b7 26e Forum régional de l’ASEAN (ARF)",
                french.label(model.meeting("arf-26").orElseThrow()));
        assertEquals("16:30 \u00b7 US–Japan–Republic of Korea trilateral foreign ministers’ meeting",
                english.label(model.meeting("us-japan-rok-trilateral").orElseThrow()));
        assertEquals("morning \u00b7 20th ASEAN Plus Three Foreign Ministers’ Meeting",
                english.label(model.meeting("apt-fmm-20").orElseThrow()));
        assertEquals(model.meeting("eas-fmm-9").orElseThrow().title().get("en"),
                english.label(model.meeting("eas-fmm-9").orElseThrow()), "no time, no time words");
    }

    @Test
    void theWeekPictureKeepsEachTitleInItsBarsDaysAndWritesShortTitlesWhereFullOnesDoNotFit() throws Exception {
        for (String language : List.of("en", "fr")) {
            PictureRequest request = week(AreaFilter.ALL, language, 1);
            TimelinePicture picture = layout(request);
            double seam = 800;
            List<DrawnLabels.ItemLabel> titles = FxThread.call(() -> {
                picture.drawTile(new Canvas(seam, picture.height()).getGraphicsContext2D(), 0, seam);
                picture.drawTile(new Canvas(picture.width() - seam, picture.height()).getGraphicsContext2D(), seam,
                        picture.width() - seam);
                return picture.drawnTitles();
            });
            assertTrue(titles.size() >= model.meetings().size() / 2, language + ": titles drawn: " + titles.size());
            double axisLeft = TimelinePicture.MARGIN + picture.laneColumnWidth();
            double pixelsPerMilli = request.axisWidth() / (request.end().toEpochMilli() - request.start().toEpochMilli());
            for (DrawnLabels.ItemLabel title : titles) {
                Meeting meeting = (Meeting) title.item();
                double dayStart = axisLeft + pixelsPerMilli * (meeting.date().atStartOfDay(model.timeZone()).toInstant()
                        .toEpochMilli() - request.start().toEpochMilli());
                double dayEnd = axisLeft + pixelsPerMilli * (meeting.lastDate().plusDays(1)
                        .atStartOfDay(model.timeZone()).toInstant().toEpochMilli() - request.start().toEpochMilli());
                String what = language + " " + meeting.id() + " \"" + title.text() + "\" at " + title.bounds();
                assertTrue(title.bounds().getMinX() >= dayStart - 0.5 && title.bounds().getMaxX() <= dayEnd + 0.5,
                        what + " stays in its days " + dayStart + ".." + dayEnd);
                if (title.inside()) {
                    assertTrue(title.bounds().getMinX() >= title.bar().getMinX()
                            && title.bounds().getMaxX() <= title.bar().getMaxX() + 0.5, what + " inside " + title.bar());
                }
            }
            Meeting us = model.meeting("asean-us-pmc").orElseThrow();
            DrawnLabels.ItemLabel usTitle = titles.stream().filter(t -> t.item() == us).findFirst().orElseThrow();
            assertEquals(us.shortTitle().orElseThrow().get(language), usTitle.text());
            assertTrue(usTitle.inside(), "the ASEAN–US short title is inside its Thursday bar");
        }

        // And in the pixels: Friday's part of the PMC+1 lane, beside Thursday's day-long bars, holds no text.
        PictureRequest english = week(AreaFilter.ALL, "en", 1);
        TimelinePicture picture = layout(english);
        BufferedImage image = export(english, "week.png");
        Bounds eu = FxThread.call(() -> picture.barBounds(model.meeting("asean-eu-pmc").orElseThrow())).orElseThrow();
        Bounds canada = FxThread.call(() -> picture.barBounds(model.meeting("asean-canada-pmc").orElseThrow()))
                .orElseThrow();
        assertEquals(0, darkPixels(image, 1, eu.getMaxX() + 4, eu.getMinY(), 120, canada.getMaxY() - eu.getMinY()),
                "no text in Friday's column of the PMC+1 lane");
        assertTrue(darkPixels(image, 1, eu.getMinX(), eu.getMinY(), eu.getWidth(), canada.getMaxY() - eu.getMinY())
                > 200, "the titles are in Thursday's bars");
    }

    @Test
    void byDelegationThePictureDrawsAMeetingInTheLaneOfEachDelegationAsOnScreen() throws Exception {
        PictureRequest tracks = week(AreaFilter.ALL, "fr", 1);
        PictureRequest delegations = new PictureRequest(model, AreaFilter.ALL, "fr", LaneGrouping.DELEGATIONS,
                tracks.start(), tracks.end(), tracks.pixelsPerHour(), 1, EXPORTED_ON, "1.0.0");
        TimelinePicture picture = layout(delegations);
        List<DrawnLabels.ItemLabel> titles = FxThread.call(() -> {
            picture.drawTile(new Canvas(picture.width(), picture.height()).getGraphicsContext2D(), 0,
                    picture.width());
            return picture.drawnTitles();
        });
        Meeting us = model.meeting("asean-us-pmc").orElseThrow();
        long rows = titles.stream().filter(t -> t.item() == us).mapToDouble(t -> t.bounds().getMinY()).distinct()
                .count();
        assertTrue(rows >= 2, "the ASEAN–US meeting's title is drawn in " + rows + " lanes");
        assertTrue(picture.height() > layout(tracks).height(), "30 delegations take more room than 6 tracks");
        BufferedImage image = export(delegations, "delegations.png");
        assertEquals(picture.height(), image.getHeight(), 1);
    }
}
