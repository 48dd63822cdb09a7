package org.ammreader.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MeetingSearchTest {

    private static Model model;

    @BeforeAll
    static void load() throws ModelException {
        model = new ModelLoader(JsonMappers.create()).loadBundled();
    }

    private static List<String> ids(String query, String language) {
        return MeetingSearch.find(model.meetings(), query, language).stream().map(Meeting::id).toList();
    }

    private static List<String> withPeople(String query, String language) {
        return MeetingSearch.find(model, model.meetings(), query, language).stream().map(Meeting::id).toList();
    }

    /** The meetings that name the person {@code personId}, in the model's order. */
    private static List<String> naming(String personId) {
        return model.meetings().stream().filter(m -> model.peopleOf(m).contains(personId)).map(Meeting::id)
                .toList();
    }

    @Test
    void findsAPersonByEverySpellingWhateverTheContentLanguage() {
        List<String> lavrov = naming("sergey-lavrov");
        assertTrue(lavrov.size() >= 2, lavrov.toString());
        assertTrue(withPeople("Sergueï Lavrov", "en").containsAll(lavrov));
        assertTrue(withPeople("sergey lavrov", "fr").containsAll(lavrov));
        assertTrue(withPeople("SERGUEI", "en").containsAll(lavrov), "accents and case ignored");
    }

    @Test
    void findsAPersonByTheOfficeHeldThatWeek() {
        List<String> kono = naming("taro-kono");
        assertTrue(!kono.isEmpty());
        assertTrue(withPeople("foreign minister of Japan", "en").containsAll(kono));
        assertTrue(withPeople("ministre des affaires etrangeres du japon", "en").containsAll(kono));
    }

    @Test
    void findsTheAseanEuMeetingInEnglishAndFrench() {
        assertTrue(ids("Mogherini", "en").contains("asean-eu-pmc"));
        assertTrue(ids("Union européenne", "fr").contains("asean-eu-pmc"));
        assertTrue(ids("ASEAN–UE", "fr").contains("asean-eu-pmc"), "an en dash in the text, typed as typed");
    }

    @Test
    void ignoresCaseAccentsAndKindsOfDash() {
        assertEquals(ids("Cybersécurité", "fr"), ids("cybersecurite", "fr"));
        assertEquals(ids("ASEAN–EU", "en"), ids("asean-eu", "en"));
        assertTrue(ids("asean-eu", "en").contains("asean-eu-pmc"));
    }

    @Test
    void everyWordMustMatch() {
        List<String> both = ids("Balakrishnan Mogherini", "en");
        assertTrue(both.contains("asean-eu-pmc"));
        assertTrue(ids("Balakrishnan", "en").size() >= both.size());
        assertEquals(List.of(), ids("Balakrishnan zzzz", "en"));
    }

    @Test
    void searchesInTheContentLanguageOnly() {
        assertEquals(List.of(), ids("Sécurité maritime et", "en"));
        assertTrue(ids("chairs", "en").isEmpty() || !ids("chairs", "en").equals(ids("chairs", "fr")));
    }

    @Test
    void blankQueryFindsNothing() {
        assertEquals(List.of(), ids("   ", "en"));
        assertTrue(MeetingSearch.isBlank(" \u00a0 "));
        assertTrue(MeetingSearch.isBlank(null));
        assertFalse(MeetingSearch.isBlank("ARF"));
    }
}
