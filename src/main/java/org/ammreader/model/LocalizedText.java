package org.ammreader.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text written in each of a model's languages, keyed by ISO 639-1 code, in the order they were given.
 * <p>
 * Kept as two arrays rather than a map: a model of 100,000 meetings holds some 300,000 texts, and a map each
 * (entries, table, unmodifiable wrapper) made up about a third of its heap. The language codes are one array
 * shared by every text written in the same languages; only the texts are per instance (ADR 0024).
 */
public final class LocalizedText {

    /** One codes array per list of languages in use: a model has one or two (its own, and a single language). */
    private static final Map<List<String>, Languages> LANGUAGES = new ConcurrentHashMap<>();

    /** The languages of the last text made by {@link #of(String[], String[])}: a model's texts share a few lists. */
    private static volatile Languages recent;

    private final Languages languages;
    private final String[] texts;

    public LocalizedText(Map<String, String> values) {
        this(LANGUAGES.computeIfAbsent(List.copyOf(values.keySet()), Languages::new),
                values.values().toArray(String[]::new));
    }

    private LocalizedText(Languages languages, String[] texts) {
        this.languages = languages;
        this.texts = texts;
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] == null) {
                throw new NullPointerException("the text in " + languages.codes[i] + " is null");
            }
        }
    }

    /**
     * The text {@code texts[i]} in language {@code codes[i]}, the arrays handed over. A loader makes hundreds of
     * thousands of texts: this builds no map, and finds the languages without hashing them (ADR 0034).
     */
    public static LocalizedText of(String[] codes, String[] texts) {
        if (codes.length != texts.length) {
            throw new IllegalArgumentException(codes.length + " languages for " + texts.length + " texts");
        }
        Languages languages = recent;
        if (languages == null || !Arrays.equals(languages.codes, codes)) {
            languages = LANGUAGES.computeIfAbsent(List.of(codes), Languages::new);
            recent = languages;
        }
        return new LocalizedText(languages, texts);
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /** The texts by language code, in their order: a read-only view. */
    public Map<String, String> values() {
        return new View();
    }

    /** The text in {@code language}, or in the first language present when that one is missing. */
    public String get(String language) {
        String[] codes = languages.codes;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(language)) {
                return texts[i];
            }
        }
        return texts.length == 0 ? "" : texts[0];
    }

    public Set<String> languages() {
        return languages.set;
    }

    /** Equal when they hold the same text in each language, in whatever order the languages were given. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LocalizedText that)) {
            return false;
        }
        return languages == that.languages ? Arrays.equals(texts, that.texts) : values().equals(that.values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return "LocalizedText[values=" + values() + "]";
    }

    /** The codes of one list of languages, as an array to scan and as the set {@link #languages()} hands out. */
    private static final class Languages {
        private final String[] codes;
        private final Set<String> set;

        Languages(List<String> codes) {
            this.codes = codes.toArray(String[]::new);
            this.set = Collections.unmodifiableSet(new LinkedHashSet<>(codes));
        }
    }

    /** The map view of {@link #values()}, reading the two arrays. */
    private final class View extends AbstractMap<String, String> {
        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < texts.length;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, String> entry = Map.entry(languages.codes[next], texts[next]);
                            next++;
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    return texts.length;
                }
            };
        }

        @Override
        public String get(Object key) {
            String[] codes = languages.codes;
            for (int i = 0; i < codes.length; i++) {
                if (codes[i].equals(key)) {
                    return texts[i];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return languages.set.contains(key);
        }

        @Override
        public Set<String> keySet() {
            return languages.set;
        }
    }
}
