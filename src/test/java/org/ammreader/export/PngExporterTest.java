package org.ammreader.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Source;
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
        return PictureRequest.wholeWeek(model, filter, language, scale, EXPORTED_ON, "1.0.0");
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
        PictureRequest firstHalf = new PictureRequest(model, AreaFilter.ALL, "en", whole.start(),
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
        PictureRequest huge = new PictureRequest(model, AreaFilter.ALL, "en", whole.start(), whole.end(), 2_000, 4,
                EXPORTED_ON, "1.0.0");
        Path target = folder.resolve("huge.png");
        Files.writeString(target, "the previous picture");
        PictureTooLargeException refused = assertThrows(PictureTooLargeException.class, () -> new PngExporter()
                .export(huge, target, (done, total) -> { throw new AssertionError("nothing is drawn"); }));
        assertTrue(refused.width() > 1_000_000, "width " + refused.width());
        assertEquals("the previous picture", Files.readString(target));
    }
}
