package org.ammreader.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact text keeps the behaviour of the map it replaced (ADR 0024). */
class LocalizedTextTest {

    private static LocalizedText text(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new LocalizedText(values);
    }

    @Test
    void readsEachLanguageAndFallsBackToTheFirst() {
        LocalizedText text = text("fr", "Réunion", "en", "Meeting");
        assertEquals("Meeting", text.get("en"));
        assertEquals("Réunion", text.get("fr"));
        assertEquals("Réunion", text.get("th"));
        assertEquals("", new LocalizedText(Map.of()).get("en"));
    }

    @Test
    void valuesAndLanguagesKeepTheOrderGiven() {
        LocalizedText text = text("fr", "Réunion", "en", "Meeting");
        assertEquals(List.of("fr", "en"), List.copyOf(text.languages()));
        assertEquals(List.of(Map.entry("fr", "Réunion"), Map.entry("en", "Meeting")),
                List.copyOf(text.values().entrySet()));
        assertEquals("Meeting", text.values().get("en"));
        assertNull(text.values().get("th"));
        assertThrows(UnsupportedOperationException.class, () -> text.values().put("th", "x"));
        assertThrows(UnsupportedOperationException.class, () -> text.languages().add("th"));
    }

    @Test
    void equalWhenTheSameTextsInAnyOrder() {
        LocalizedText a = text("en", "Meeting", "fr", "Réunion");
        LocalizedText b = text("fr", "Réunion", "en", "Meeting");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a, text("en", "Meeting", "fr", "Réunion"));
        assertNotEquals(a, text("en", "Meeting", "fr", "Rencontre"));
        assertNotEquals(a, LocalizedText.of("en", "Meeting"));
    }

    @Test
    void madeFromArraysItIsTheTextMadeFromAMap() {
        LocalizedText fromArrays = LocalizedText.of(new String[] {"fr", "en"}, new String[] {"Réunion", "Meeting"});
        assertEquals(text("fr", "Réunion", "en", "Meeting"), fromArrays);
        assertEquals(List.of("fr", "en"), List.copyOf(fromArrays.languages()));
        assertEquals("Meeting", fromArrays.get("en"));
        // Other languages after these: the languages of the last text are not taken for those of the next.
        LocalizedText other = LocalizedText.of(new String[] {"en", "th"}, new String[] {"Meeting", "การประชุม"});
        assertEquals(List.of("en", "th"), List.copyOf(other.languages()));
        assertEquals("การประชุม", other.get("th"));
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(new String[] {"fr"}, new String[0]));
        assertThrows(NullPointerException.class,
                () -> LocalizedText.of(new String[] {"fr", "en"}, new String[] {"Réunion", null}));
    }
}
