package org.ammreader.ui.main;

import java.util.Locale;
import org.ammreader.i18n.Messages;

/**
 * The keyboard shortcuts, in the order Help → Keyboard shortcuts and README's "Keyboard" table list them: the one
 * source of both (a test checks README's table against the English rendering). Each says where it works, its
 * keys and what it does, as message keys {@code shortcut.<name>.keys} and {@code shortcut.<name>.what}.
 */
public enum KeyboardShortcut {
    FILES(Where.ANYWHERE),
    NEW_WEEK(Where.ANYWHERE),
    UNDO(Where.ANYWHERE),
    SEARCH(Where.ANYWHERE),
    PEOPLE(Where.ANYWHERE),
    VIEWS(Where.ANYWHERE),
    LANES(Where.ANYWHERE),
    ZOOM(Where.ANYWHERE),
    DOCUMENTS(Where.ANYWHERE),
    HELP(Where.ANYWHERE),
    LEGEND(Where.ANYWHERE),
    LEAVE_READING(Where.READING_LAYOUT),
    STEP_IN_TIME(Where.TIMELINE),
    STEP_ACROSS_LANES(Where.TIMELINE),
    FIRST_LAST(Where.TIMELINE),
    DAY_BY_DAY(Where.TIMELINE),
    ZOOM_AROUND_POINTER(Where.TIMELINE),
    PAN(Where.TIMELINE),
    OVERVIEW_STRIP(Where.OVERVIEW_STRIP),
    SEARCH_FIELD(Where.SEARCH_FIELD),
    SEARCH_RESULTS(Where.SEARCH_FIELD),
    PARAGRAPHS(Where.READER),
    COPY(Where.READER),
    TEXT_SIZE(Where.READER),
    READER_SEARCH(Where.READER_SEARCH);

    /** The part of the window where a shortcut works. */
    public enum Where {
        ANYWHERE, READING_LAYOUT, TIMELINE, OVERVIEW_STRIP, SEARCH_FIELD, READER, READER_SEARCH;

        public String text(Messages messages) {
            return messages.get("shortcut.where." + key(name()));
        }
    }

    private final Where where;

    KeyboardShortcut(Where where) {
        this.where = where;
    }

    public Where where() {
        return where;
    }

    public String keys(Messages messages) {
        return messages.get("shortcut." + key(name()) + ".keys");
    }

    public String what(Messages messages) {
        return messages.get("shortcut." + key(name()) + ".what");
    }

    /** FIRST_LAST → firstLast: the constant's name as it appears in message keys. */
    private static String key(String constant) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}
