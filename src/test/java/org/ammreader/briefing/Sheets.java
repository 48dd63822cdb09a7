package org.ammreader.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Model;
import org.ammreader.testing.PdfText;

/** Models, sheets and their text as a reader of the PDF gets it, for the briefing tests. */
final class Sheets {

    /** A fixed moment, so the generated-on line is known: 2 August 2019, 08:30 in Bangkok. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2019-08-02T01:30:00Z"), ZoneId.of("Asia/Bangkok"));

    private static final ModelLoader LOADER = new ModelLoader(JsonMappers.create());

    private Sheets() {
    }

    static Model bundled() {
        try {
            return LOADER.loadBundled();
        } catch (ModelException e) {
            throw new AssertionError(e);
        }
    }

    static Model model(String resource) {
        try (InputStream in = Sheets.class.getResourceAsStream(resource)) {
            return LOADER.load(in.readAllBytes(), resource);
        } catch (IOException | ModelException e) {
            throw new AssertionError(e);
        }
    }

    static BriefingContent content(Model model, AreaFilter filter, String language, boolean bilingual) {
        return new BriefingComposer(CLOCK).compose(model, filter, language, bilingual);
    }

    static byte[] pdf(Model model, AreaFilter filter, String language, boolean bilingual, PaperSize paper) {
        try {
            return new PdfBriefingWriter().toBytes(content(model, filter, language, bilingual), paper);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The text PDFBox extracts, normalized. */
    static String text(byte[] pdf) {
        try {
            return PdfText.of(pdf);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The start of a long text, for failure messages that stay readable. */
    static String excerpt(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + " …";
    }

}
