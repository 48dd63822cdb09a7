package org.ammreader.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text a reader gets out of a PDF (PDFBox's extraction), with its spacing made plain for assertions. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return normalized(new PDFTextStripper().getText(document));
        }
    }

    public static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalized(new PDFTextStripper().getText(document));
        }
    }

    /** Every run of spaces of any width (no-break, en spaces) and line ends as one space. */
    public static String normalized(String text) {
        return text.replaceAll("[\\s\\p{Zs}]+", " ").strip();
    }
}
