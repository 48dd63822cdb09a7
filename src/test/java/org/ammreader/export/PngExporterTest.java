package org.ammreader.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class PngExporterTest {

    private static Model model;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        model = new ModelLoader(JsonMappers.create()).loadBundled();
    }

    private BufferedImage export(AreaFilter filter, String language, int scale, String name) throws Exception {
        Path file = folder.resolve(name);
        PictureRequest request = PictureRequest.wholeWeek(model, filter, language, scale, LocalDate.of(2026, 11, 28), "1.0.0");
        new PngExporter().export(request, file, (done, total) -> { });
        BufferedImage image = ImageIO.read(file.toFile());
        if (System.getProperty("export.look") != null) {
            java.nio.file.Files.copy(file, Path.of(System.getProperty("export.look"), name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return image;
    }

    @Test
    void sizeFollowsTheScale() throws Exception {
        BufferedImage one = export(AreaFilter.ALL, "en", 1, "week-1x.png");
        BufferedImage two = export(AreaFilter.ALL, "en", 2, "week-2x.png");
        assertEquals(one.getWidth() * 2, two.getWidth(), 2);
        assertEquals(one.getHeight() * 2, two.getHeight(), 2);
        assertTrue(one.getWidth() >= 1400, "width " + one.getWidth());
        export(AreaFilter.of(java.util.List.of("cyber")), "fr", 2, "week-cyber-fr-2x.png");
    }
}
