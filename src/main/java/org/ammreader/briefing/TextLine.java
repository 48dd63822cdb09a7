package org.ammreader.briefing;

import java.util.List;

/** One laid-out line: its pieces of text, each placed at an x offset from the line's start. */
record TextLine(List<Piece> pieces, float width, float leading, float ascent, float descent) {

    record Piece(Style style, String text, float x) {
    }

    TextLine {
        pieces = List.copyOf(pieces);
    }

    /** Where the baseline sits below the line's top: the line's ink centred in its leading. */
    float baseline() {
        return (leading - ascent - descent) / 2 + ascent;
    }
}
