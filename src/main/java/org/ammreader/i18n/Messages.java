package org.ammreader.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The interface texts in one language (bundles messages_en and messages_fr). */
public final class Messages {

    /** Languages the interface is written in; content languages are the model's business. */
    public static final List<String> UI_LANGUAGES = List.of("en", "fr");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.ammreader.i18n.messages", locale);
    }

    /** The interface in {@code language} when it is one of {@link #UI_LANGUAGES}, in English otherwise. */
    public static Messages forLanguage(String language) {
        return new Messages(Locale.forLanguageTag(UI_LANGUAGES.contains(language) ? language : "en"));
    }

    /** The language of the system's locale when the interface is written in it, else English. */
    public static String defaultLanguage() {
        String system = Locale.getDefault().getLanguage();
        return UI_LANGUAGES.contains(system) ? system : "en";
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no interface text for key " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
