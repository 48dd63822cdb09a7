package org.ammreader.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.ammreader.filter.AreaFilter;
import org.ammreader.viewmodel.ReaderModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the reader to look at, not a regression check: run with -Dreader.snapshots=DIR to write
 * reader-1600.png, reader-1000.png and a few states into DIR.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "reader.snapshots", matches = ".+")
class ReaderSnapshotsTest {

    private final Path folder = Path.of(System.getProperty("reader.snapshots", "target"));

    @Test
    void writesTheReaderAtTwoWidths() throws Exception {
        snap("reader-1600.png", 1600, 900, fixture -> { });
        snap("reader-1000.png", 1000, 900, fixture -> { });
        snap("reader-900-fr-ui.png", 900, 700, fixture -> { }, "fr");
        snap("reader-2560.png", 2560, 900, fixture -> { });
        snap("reader-states-1200.png", 1200, 900, fixture -> {
            fixture.areaFilter.set(AreaFilter.of(List.of("digital", "architecture")));
            fixture.reader.searchQueryProperty().set("secur");
            fixture.reader.next();
        });
        snap("reader-single-1200.png", 1200, 900, fixture -> fixture.reader.singleLanguageProperty().set(true));
        snap("reader-focused-1000.png", 1000, 700, fixture -> {
            fixture.view.focusParagraphs();
            fixture.reader.select(1);
        }, "fr");
        snap("reader-22px-1000.png", 1000, 900, fixture -> {
            fixture.reader.largerText();
            fixture.reader.largerText();
            fixture.reader.largerText();
            fixture.reader.largerText();
            fixture.reader.largerText();
        });
        snap("reader-communique-1000.png", 1000, 900, fixture -> fixture.reader.open("amm52-joint-communique"));
    }

    private interface Setup {
        void apply(ReaderFixture fixture);
    }

    private void snap(String name, double width, double height, Setup setup) throws Exception {
        snap(name, width, height, setup, "en");
    }

    private void snap(String name, double width, double height, Setup setup, String uiLanguage) throws Exception {
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            ReaderFixture fixture = ReaderFixture.show(stage, ReaderModels.bundled(), uiLanguage, width, height);
            setup.apply(fixture);
            return fixture;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = (Stage) Window.getWindows().get(Window.getWindows().size() - 1);
            image[0] = stage.getScene().snapshot(null);
            stage.close();
        }).get();
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        Files.createDirectories(folder);
        ImageIO.write(png, "png", folder.resolve(name).toFile());
        assertEquals((int) width, png.getWidth());
    }
}
