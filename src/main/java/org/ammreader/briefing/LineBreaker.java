package org.ammreader.briefing;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines no wider than a measure, by the fonts' real widths. Lines break at spaces and
 * en spaces only (a no-break space, as French puts before a colon, holds its neighbours together); a word wider
 * than the whole measure, such as an address, is cut after a slash, hyphen or dot, or else where it must.
 */
final class LineBreaker {

    /** Text that must stay on one line, possibly in several styles, and the space before it ("" for none). */
    private record Word(List<Run> runs, String space, Style spaceStyle) {
        float width() {
            return (float) runs.stream().mapToDouble(run -> run.style().width(run.text())).sum();
        }
    }

    private LineBreaker() {
    }

    static List<TextLine> wrap(List<Run> runs, float measure) {
        List<TextLine> lines = new ArrayList<>();
        LineBuilder line = new LineBuilder();
        for (Word word : words(runs)) {
            boolean space = !word.space().isEmpty() && !line.isEmpty();
            float needed = (space ? word.spaceStyle().width(word.space()) : 0) + word.width();
            if (!line.isEmpty() && line.width() + needed > measure) {
                lines.add(line.build());
                line = new LineBuilder();
                space = false;
            }
            if (line.isEmpty() && word.width() > measure) {
                for (List<Run> part : cut(word.runs(), measure)) {
                    if (!line.isEmpty()) {
                        lines.add(line.build());
                        line = new LineBuilder();
                    }
                    part.forEach(line::add);
                }
                continue;
            }
            if (space) {
                line.add(new Run(word.spaceStyle(), word.space()));
            }
            word.runs().forEach(line::add);
        }
        if (!line.isEmpty()) {
            lines.add(line.build());
        }
        return lines;
    }

    /**
     * Splits runs into words at spaces; line breaks and tabs in a model's text count as spaces. Several spaces
     * in a row count as the last one.
     */
    private static List<Word> words(List<Run> runs) {
        List<Word> words = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        String space = "";
        Style spaceStyle = null;
        for (Run run : runs) {
            String text = run.style().face().drawable(run.text().replaceAll("\\s", " "));
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || isSpace(text.charAt(i))) {
                    if (i > start) {
                        current.add(new Run(run.style(), text.substring(start, i)));
                    }
                    if (i < text.length()) {
                        if (!current.isEmpty()) {
                            words.add(new Word(List.copyOf(current), space, spaceStyle));
                            current.clear();
                        }
                        if (!words.isEmpty()) {
                            space = String.valueOf(text.charAt(i));
                            spaceStyle = run.style();
                        }
                    }
                    start = i + 1;
                }
            }
        }
        if (!current.isEmpty()) {
            words.add(new Word(List.copyOf(current), space, spaceStyle));
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u2002';
    }

    /** Cuts a word wider than the measure into parts that fit, preferring to cut after / - . or _. */
    private static List<List<Run>> cut(List<Run> runs, float measure) {
        List<List<Run>> parts = new ArrayList<>();
        List<Run> part = new ArrayList<>();
        float width = 0;
        for (Run run : runs) {
            String rest = run.text();
            while (!rest.isEmpty()) {
                int fit = fitting(run.style(), rest, measure - width);
                if (fit == 0 && part.isEmpty()) {
                    fit = Character.charCount(rest.codePointAt(0));
                }
                if (fit == 0) {
                    parts.add(part);
                    part = new ArrayList<>();
                    width = 0;
                    continue;
                }
                if (fit < rest.length()) {
                    int preferred = preferredCut(rest.substring(0, fit));
                    fit = preferred > fit / 2 ? preferred : fit;
                }
                String piece = rest.substring(0, fit);
                part.add(new Run(run.style(), piece));
                width += run.style().width(piece);
                rest = rest.substring(fit);
                if (!rest.isEmpty()) {
                    parts.add(part);
                    part = new ArrayList<>();
                    width = 0;
                }
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    /** How many chars of {@code text} (whole code points) fit in {@code room}. */
    private static int fitting(Style style, String text, float room) {
        int end = 0;
        while (end < text.length()) {
            int next = end + Character.charCount(text.codePointAt(end));
            if (style.width(text.substring(0, next)) > room) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static int preferredCut(String text) {
        for (int i = text.length() - 1; i > 0; i--) {
            if ("/-._".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return 0;
    }

    /** Gathers a line's runs, merging neighbours of one style into one piece. */
    private static final class LineBuilder {
        private final List<TextLine.Piece> pieces = new ArrayList<>();
        private float width;
        private float leading;
        private float ascent;
        private float descent;

        boolean isEmpty() {
            return pieces.isEmpty();
        }

        float width() {
            return width;
        }

        void add(Run run) {
            Style style = run.style();
            int last = pieces.size() - 1;
            if (last >= 0 && pieces.get(last).style().equals(style)) {
                TextLine.Piece previous = pieces.get(last);
                pieces.set(last, new TextLine.Piece(style, previous.text() + run.text(), previous.x()));
            } else {
                pieces.add(new TextLine.Piece(style, run.text(), width));
            }
            width += style.width(run.text());
            leading = Math.max(leading, style.leading());
            ascent = Math.max(ascent, style.size() * style.face().ascent());
            descent = Math.max(descent, style.size() * style.face().descent());
        }

        TextLine build() {
            return new TextLine(pieces, width, leading, ascent, descent);
        }
    }
}
