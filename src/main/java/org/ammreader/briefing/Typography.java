package org.ammreader.briefing;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The sheet's type and colours. Liberation Serif carries the reading (titles, meetings, the declaration),
 * Liberation Sans the apparatus (labels, times, notes, sources): the faces the window uses, embedded as subsets
 * so the text stays real, selectable and searchable. Sizes are in points: the declaration is set in 9.5 pt, the
 * schedule in 9 pt, and nothing is smaller than 8 pt, the size of the notes a reader consults rather than reads.
 */
final class Typography implements Closeable {

    static final int INK = 0x1a1a1a;
    static final int MUTED = 0x555555;
    static final int ACCENT = 0x1f3a5f;
    static final int RULE = 0xb8bec6;
    static final int HAIRLINE = 0xdfe3e8;
    static final int PANEL = 0xeef2f6;

    private final List<TrueTypeFont> opened = new ArrayList<>();

    final Style kicker;
    final Style title;
    final Style compactTitle;
    final Style meta;
    final Style dateline;
    final Style metaLabel;
    final Style heading;
    final Style subheading;
    final Style body;
    final Style note;
    final Style rendition;
    final Style label;
    final Style smallCaps;
    final Style weekday;
    final Style dayDate;
    final Style time;
    final Style meeting;
    final Style meetingRemark;
    final Style chairs;
    final Style flag;
    final Style moreAreas;
    final Style keyEntry;
    final Style factLabel;
    final Style factValue;
    final Style adopted;
    final Style factReference;
    final Style pointNumber;
    final Style source;
    final Style sourceTitle;
    final Style footer;

    Typography(PDDocument document) throws IOException {
        Face serif = load(document, "LiberationSerif-Regular.ttf");
        Face serifBold = load(document, "LiberationSerif-Bold.ttf");
        Face serifItalic = load(document, "LiberationSerif-Italic.ttf");
        Face sans = load(document, "LiberationSans-Regular.ttf");
        Face sansBold = load(document, "LiberationSans-Bold.ttf");

        kicker = new Style(sansBold, 8, 10.5f, ACCENT);
        title = new Style(serifBold, 18, 21, INK);
        compactTitle = new Style(serifBold, 16, 19, INK);
        meta = new Style(sans, 8.5f, 12, INK);
        dateline = new Style(sans, 8, 10.5f, MUTED);
        metaLabel = new Style(sansBold, 8.5f, 12, MUTED);
        heading = new Style(serifBold, 13, 16, INK);
        subheading = new Style(serifBold, 11, 14, INK);
        body = new Style(serif, 9.5f, 12.5f, INK);
        note = new Style(sans, 8.5f, 11, MUTED);
        rendition = new Style(serifItalic, 8.5f, 10.5f, MUTED);
        label = new Style(sansBold, 8, 11.2f, MUTED);
        smallCaps = new Style(sansBold, 8, 10.5f, MUTED);
        weekday = new Style(sansBold, 8.5f, 10, ACCENT);
        dayDate = new Style(sans, 8.5f, 10, ACCENT);
        time = new Style(sansBold, 8, 10.5f, ACCENT);
        meeting = new Style(serifBold, 9, 10.5f, INK);
        meetingRemark = new Style(serifItalic, 9, 10.5f, MUTED);
        chairs = new Style(sans, 8, 10.5f, MUTED);
        flag = new Style(sansBold, 8.5f, 10.5f, ACCENT);
        moreAreas = new Style(sans, 8, 10.5f, MUTED);
        keyEntry = new Style(sans, 8, 9.5f, INK);
        factLabel = new Style(sansBold, 8, 11.2f, INK);
        factValue = new Style(serif, 9, 11.2f, INK);
        adopted = new Style(serifItalic, 9, 11.2f, INK);
        factReference = new Style(sans, 8, 11.2f, MUTED);
        pointNumber = new Style(sansBold, 8.5f, 12.5f, ACCENT);
        source = new Style(sans, 8, 9.6f, INK);
        sourceTitle = new Style(sans, 8, 9.6f, MUTED);
        footer = new Style(sans, 8, 10, MUTED);
    }

    /**
     * Embeds one face as a subset. Glyph substitution is switched off: PDFBox would otherwise rebuild its
     * ligature rules on every line drawn (over a second per sheet), and the sheet wants no ligatures, which
     * some readers fail to find when searching. The parsed font stays open until the document is saved.
     */
    private Face load(PDDocument document, String file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FontFiles.bytes(file)));
        opened.add(font);
        font.setEnableGsub(false);
        return new Face(PDType0Font.load(document, font, true));
    }

    /** Releases the parsed fonts; call it once the document is saved. */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont font : opened) {
            font.close();
        }
    }
}
