package org.ammreader.ui.reader;

import java.util.Locale;
import org.ammreader.i18n.Messages;

/** A language's name as its speakers write it (Français, English), for column heads and pickers. */
public final class LanguageNames {

    private LanguageNames() {
    }

    public static String of(String code, Messages messages) {
        String key = "language." + code;
        if (messages.bundle().containsKey(key)) {
            return messages.get(key);
        }
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
