package org.ammreader.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who was where in the bundled week: the people and delegations its meetings name, with their roles. */
class BundledActorsTest {

    private static Model model;

    @BeforeAll
    static void load() throws ModelException {
        model = new ModelLoader(JsonMappers.create()).loadBundled();
    }

    private static Set<String> weekOf(String delegationId) {
        return model.meetings().stream()
                .filter(m -> model.delegationsOf(m).contains(delegationId))
                .map(Meeting::id)
                .collect(Collectors.toSet());
    }

    private static ActorRole roleOf(String personId, String meetingId) {
        return model.meeting(meetingId).orElseThrow().actors().stream()
                .filter(a -> a.person().equals(Optional.of(personId)))
                .map(ActorRef::role)
                .findFirst().orElseThrow(() -> new AssertionError(personId + " is not named in " + meetingId));
    }

    @Test
    void theUnitedStatesWeekHasItsMinisterialTheTrilateralsAndTheSiamSocietySpeech() {
        Set<String> week = weekOf("us");
        assertTrue(week.containsAll(Set.of("asean-us-pmc", "tsd-9", "us-japan-rok-trilateral",
                "pompeo-siam-society", "lmi-12", "eas-fmm-9")), week.toString());
        assertFalse(week.contains("asean-eu-pmc"), week.toString());
        assertEquals(ActorRole.SPEAKER, roleOf("mike-pompeo", "pompeo-siam-society"));
        assertEquals(ActorRole.CO_CHAIR, roleOf("mike-pompeo", "asean-us-pmc"));
    }

    @Test
    void theEuropeanUnionWeekHasTheAseanEuMeetingWithMogheriniAsCoChair() {
        Set<String> week = weekOf("eu");
        assertTrue(week.contains("asean-eu-pmc"), week.toString());
        assertFalse(week.contains("asean-us-pmc"), week.toString());
        assertEquals(ActorRole.CO_CHAIR, roleOf("federica-mogherini", "asean-eu-pmc"));
        assertEquals(ActorRole.CO_CHAIR, roleOf("vivian-balakrishnan", "asean-eu-pmc"));
        assertEquals(DelegationKind.ORGANISATION, model.delegation("eu").orElseThrow().kind());
    }

    @Test
    void theAichrChairSpeaksAtItsInterfaceWithTheMinistersWhichDonPramudwinaiChairs() {
        assertEquals(ActorRole.SPEAKER, roleOf("amara-pongsapich", "amm-aichr-interface"));
        assertEquals(ActorRole.CHAIR, roleOf("amara-pongsapich", "aichr-special"));
        assertEquals(ActorRole.CHAIR, roleOf("don-pramudwinai", "amm-aichr-interface"));
    }

    @Test
    void anOfficeGivesEveryTitleTheSourcesGiveForThatWeek() {
        assertEquals("State Councillor and Foreign Minister of China", officeOf("wang-yi", "en"));
        assertEquals("conseiller d’État et ministre des Affaires étrangères de la Chine",
                officeOf("wang-yi", "fr"));
        assertEquals("Deputy Prime Minister and Foreign Minister of New Zealand", officeOf("winston-peters", "en"));
        assertEquals("vice-Premier ministre et ministre des Affaires étrangères de la Nouvelle-Zélande",
                officeOf("winston-peters", "fr"));
        assertEquals("Deputy Prime Minister and Foreign Minister of Vietnam", officeOf("pham-binh-minh", "en"));
        assertEquals("Union Minister for International Cooperation of Myanmar", officeOf("kyaw-tin", "en"));
        assertEquals("ministre de la Coopération internationale du Myanmar", officeOf("kyaw-tin", "fr"));
        assertEquals("Adviser to the Royal Government of Cambodia", officeOf("sok-siphana", "en"));
        assertEquals("conseiller du gouvernement royal du Cambodge", officeOf("sok-siphana", "fr"));
    }

    private static String officeOf(String personId, String language) {
        return model.person(personId).orElseThrow().office().get(language);
    }

    @Test
    void aCoordinatorWhoseMinisterIsNotNamedCoChairsAsADelegation() {
        List<ActorRef> actors = model.meeting("asean-rok-pmc").orElseThrow().actors();
        assertTrue(actors.stream().anyMatch(a -> a.delegation().equals(Optional.of("bn"))
                && a.role() == ActorRole.CO_CHAIR), actors.toString());
    }

    @Test
    void everyMeetingNamesItsActorsAndEveryPersonNamedInItsTextsIsOneOfThem() {
        for (Meeting meeting : model.meetings()) {
            assertFalse(meeting.actors().isEmpty(), meeting.id());
            Set<String> named = model.peopleOf(meeting);
            String texts = meeting.chairs().stream().map(c -> c.get("en")).collect(Collectors.joining("; "))
                    + meeting.participants().map(p -> p.get("en")).orElse("");
            for (Person person : model.people()) {
                if (texts.contains(person.name().get("en"))) {
                    assertTrue(named.contains(person.id()), meeting.id() + " does not name " + person.id());
                }
            }
        }
    }

    @Test
    void everyPersonHasANameAndAnOfficeInEachLanguageAndADeclaredDelegation() {
        assertTrue(model.people().size() >= 20, "people: " + model.people().size());
        for (Person person : model.people()) {
            for (String language : model.languages()) {
                assertFalse(person.name().get(language).isBlank(), person.id() + " " + language);
                assertFalse(person.office().get(language).isBlank(), person.id() + " " + language);
            }
            assertTrue(model.delegation(person.delegation()).isPresent(), person.id());
        }
        Person lavrov = model.person("sergey-lavrov").orElseThrow();
        assertEquals("Sergueï Lavrov", lavrov.name().get("fr"));
        assertEquals("Sergey Lavrov", lavrov.name().get("en"));
        assertEquals("ru", lavrov.delegation());
    }
}
