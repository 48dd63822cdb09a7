package org.ammreader.ui.briefing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The sheet's PDF pages as JavaFX images, rendered by PDFBox: the preview and the printout show exactly the
 * document that is saved. Safe to call off the FX thread.
 */
final class PageImages {

    private PageImages() {
    }

    /** Renders one page at {@code dpi} dots per inch. */
    static Image render(PDFRenderer renderer, int page, float dpi) throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(page, dpi, ImageType.RGB);
        return SwingFXUtils.toFXImage(image, null);
    }

    /** Opens a PDF for rendering; the caller closes it. */
    static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }
}
