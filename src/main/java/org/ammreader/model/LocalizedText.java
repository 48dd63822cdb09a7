package org.ammreader.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A text written in each of a model's languages, keyed by ISO 639-1 code. */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /** The text in {@code language}, or in the first language present when that one is missing. */
    public String get(String language) {
        String text = values.get(language);
        if (text != null) {
            return text;
        }
        return values.isEmpty() ? "" : values.values().iterator().next();
    }

    public Set<String> languages() {
        return values.keySet();
    }
}
