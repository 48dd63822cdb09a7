package org.ammreader.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Show it" and the search bar's "Show": the filter widened just enough, on the bundled week. */
class FilterWideningTest {

    private static Model model;

    @BeforeAll
    static void load() throws ModelException {
        model = new ModelLoader(JsonMappers.create()).loadBundled();
    }

    private static Meeting meeting(String id) {
        return model.meeting(id).orElseThrow();
    }

    @Test
    void aMeetingOfAnotherAreaWithThePersonChosenAddsItsAreasAndKeepsThePerson() {
        AreaFilter pompeoOnCyber = AreaFilter.of(List.of("cyber")).withActors(ActorFilter.of(List.of("mike-pompeo")));
        Meeting siam = meeting("pompeo-siam-society");
        assertTrue(!pompeoOnCyber.matches(model, siam) && model.peopleOf(siam).contains("mike-pompeo"));

        AreaFilter wider = FilterWidening.toShow(pompeoOnCyber, model, List.of(siam));

        assertTrue(wider.matches(model, siam));
        assertEquals(Set.of("mike-pompeo"), wider.actors().chosen());
        assertTrue(wider.selected().containsAll(siam.areas()) && wider.selected().contains("cyber"), wider.toString());
    }

    @Test
    void aMeetingWithoutThePersonChosenDropsThePeopleAndDelegations() {
        AreaFilter pompeo = AreaFilter.ALL.withActors(ActorFilter.of(List.of("mike-pompeo")));
        Meeting hidden = model.meetings().stream().filter(m -> !pompeo.matches(model, m)).findFirst().orElseThrow();

        AreaFilter wider = FilterWidening.toShow(pompeo, model, List.of(hidden));

        assertTrue(wider.matches(model, hidden));
        assertTrue(wider.actors().isEmpty());
        assertTrue(wider.all());
    }
}
