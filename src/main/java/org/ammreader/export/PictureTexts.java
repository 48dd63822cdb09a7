package org.ammreader.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words printed on an exported picture, in the content language of the picture (it is published in
 * that language, whatever the interface language), English when the bundle has no such language.
 */
final class PictureTexts {

    private final Locale locale;
    private final ResourceBundle bundle;

    PictureTexts(String language) {
        this.locale = Locale.forLanguageTag(language);
        ResourceBundle found;
        try {
            found = ResourceBundle.getBundle("org.ammreader.export.picture", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            found = ResourceBundle.getBundle("org.ammreader.export.picture", Locale.ROOT);
        }
        this.bundle = found;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
