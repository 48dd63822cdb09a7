package org.ammreader.viewmodel;

import java.util.Locale;
import java.util.stream.Collectors;
import org.ammreader.i18n.Dates;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Document;
import org.ammreader.model.LocalizedText;
import org.ammreader.model.Source;

/**
 * The plain text a reader pastes into a note or an e-mail: a paragraph in two languages (or the words selected in
 * it), then the line that says where it comes from, written in the content language. The line says what the
 * reader's heading says: the text is the project's rendition of what the sources report, not the official text,
 * and the paragraph number is the project's, so that a pasted quotation cannot pass for the statement itself.
 */
final class ParagraphCitation {

    private ParagraphCitation() {
    }

    /**
     * "— The project's rendition of the Title (1 August 2019) as reported by its sources; paragraph 2 in the
     * project's numbering. Sources: https://… · https://…" (without sources when the document has none).
     */
    static String line(Document document, int paragraphIndex, String language) {
        checkIndex(document, paragraphIndex);
        Messages texts = Messages.forLanguage(language);
        String title = document.title().get(language);
        String date = Dates.day(document.date(), Locale.forLanguageTag(language));
        int number = paragraphIndex + 1;
        String addresses = document.sources().stream().map(Source::url).collect(Collectors.joining(" · "));
        return document.sources().isEmpty()
                ? texts.get("reader.citation.noSource", title, date, number)
                : texts.get("reader.citation", title, date, number, document.sources().size(), addresses);
    }

    /** Words selected in paragraph {@code paragraphIndex}, a blank line, then the paragraph's citation line. */
    static String selection(Document document, int paragraphIndex, String selected, String citationLanguage) {
        return selected + "\n\n" + line(document, paragraphIndex, citationLanguage);
    }

    /** Both languages, a blank line between them, then the citation line. */
    static String text(Document document, int paragraphIndex, String left, String right, String citationLanguage) {
        checkIndex(document, paragraphIndex);
        LocalizedText text = document.paragraphs().get(paragraphIndex).text();
        return text.get(left) + "\n\n" + text.get(right) + "\n\n" + line(document, paragraphIndex, citationLanguage);
    }

    private static void checkIndex(Document document, int paragraphIndex) {
        if (paragraphIndex < 0 || paragraphIndex >= document.paragraphs().size()) {
            throw new IndexOutOfBoundsException("no paragraph " + paragraphIndex + " in " + document.id());
        }
    }
}
