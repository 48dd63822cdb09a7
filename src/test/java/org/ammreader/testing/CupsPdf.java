package org.ammreader.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The real CUPS queue that writes PDFs (cups-pdf, set up by .ci/run), as print tests see it. */
public final class CupsPdf {

    private CupsPdf() {
    }

    private static final Path CONFIGURATION = Path.of("/etc/cups/cups-pdf.conf");

    /** Where cups-pdf writes, as its configuration says (its defaults otherwise). */
    public static List<Path> outputFolders() throws IOException {
        String out = "${HOME}/PDF";
        String anonymous = "/var/spool/cups-pdf/ANONYMOUS";
        if (Files.isReadable(CONFIGURATION)) {
            for (String line : Files.readAllLines(CONFIGURATION)) {
                String setting = line.strip();
                if (setting.startsWith("Out ")) {
                    out = setting.substring(4).strip();
                } else if (setting.startsWith("AnonDirName ")) {
                    anonymous = setting.substring(12).strip();
                }
            }
        }
        String user = System.getProperty("user.name");
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of(out.replace("${HOME}", System.getProperty("user.home")).replace("${USER}", user)));
        folders.add(Path.of(anonymous));
        return folders;
    }

    /** The PDFs in {@code folders} now. */
    public static List<Path> pdfsIn(List<Path> folders) throws IOException {
        List<Path> pdfs = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(file -> file.toString().endsWith(".pdf")).forEach(pdfs::add);
                }
            }
        }
        return pdfs;
    }

    /**
     * A new PDF that cups-pdf has finished writing: it ends with the end-of-file marker Ghostscript writes
     * last (PDFBox would open a half-written file leniently), and has the expected number of pages.
     */
    public static Optional<Path> complete(List<Path> now, Set<Path> before, int pages) {
        for (Path pdf : now) {
            if (!before.contains(pdf) && endsWithEofMarker(pdf)) {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    if (document.getNumberOfPages() == pages) {
                        return Optional.of(pdf);
                    }
                } catch (IOException stillBeingWritten) {
                    // Not complete yet: look again on the next round.
                }
            }
        }
        return Optional.empty();
    }

    private static boolean endsWithEofMarker(Path pdf) {
        try {
            byte[] bytes = Files.readAllBytes(pdf);
            String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length),
                    StandardCharsets.ISO_8859_1);
            return tail.strip().endsWith("%%EOF");
        } catch (IOException stillBeingWritten) {
            return false;
        }
    }

    /** The share of the page's pixels that are dark, as text and rules are. */
    public static double inkCoverage(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
                if (luminance < 160) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
