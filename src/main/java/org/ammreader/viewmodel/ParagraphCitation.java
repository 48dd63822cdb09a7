package org.ammreader.viewmodel;

import org.ammreader.i18n.Dates;
import java.util.Locale;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Document;
import org.ammreader.model.LocalizedText;

/**
 * The plain text a reader pastes into a note or an e-mail: a paragraph in two languages, then the line that
 * says where it comes from, written in the content language (its title, date and the word for paragraph).
 */
final class ParagraphCitation {

    private ParagraphCitation() {
    }

    /** "— Title, 1 August 2019, paragraph 2. https://…" (without the address when the document has no source). */
    static String line(Document document, int paragraphIndex, String language) {
        checkIndex(document, paragraphIndex);
        Messages texts = Messages.forLanguage(language);
        String title = document.title().get(language);
        String date = Dates.day(document.date(), Locale.forLanguageTag(language));
        int number = paragraphIndex + 1;
        return document.sources().isEmpty()
                ? texts.get("reader.citation.noSource", title, date, number)
                : texts.get("reader.citation", title, date, number, document.sources().get(0).url());
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
