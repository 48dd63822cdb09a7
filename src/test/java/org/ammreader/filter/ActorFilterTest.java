package org.ammreader.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.synthetic.SyntheticModel;
import org.junit.jupiter.api.Test;

/** People and delegations in the one filter: AND with the areas and between actors, the same by index and by meeting. */
class ActorFilterTest {

    private static Model actors() throws Exception {
        return new ModelLoader(JsonMappers.create()).load(ActorFilterTest.class
                .getResourceAsStream("/models/actors.json").readAllBytes(), "actors.json");
    }

    private static List<String> shown(Model model, AreaFilter filter) {
        BitSet bits = AreaIndex.of(model).matching(filter);
        return bits.stream().mapToObj(i -> model.meetings().get(i).id()).toList();
    }

    @Test
    void aMeetingShowsWhenItInvolvesEveryChosenActorAndItsAreasPass() throws Exception {
        Model model = actors();
        assertEquals(List.of("first"), shown(model, AreaFilter.ALL.withActors(ActorFilter.of(List.of("us")))));
        assertEquals(List.of("first"), shown(model, AreaFilter.ALL.withActors(ActorFilter.of(List.of("eu",
                "sergey-lavrov")))));
        assertEquals(List.of(), shown(model, AreaFilter.ALL.withActors(ActorFilter.of(List.of("eu", "th")))));
        assertEquals(List.of(), shown(model, AreaFilter.of(List.of("trade")).withActors(ActorFilter.of(
                List.of("eu")))));
        assertEquals(List.of("second"), shown(model, AreaFilter.of(List.of("trade"))));
    }

    @Test
    void countsPerActorIncludeTheMeetingsOfADelegationsPeople() throws Exception {
        AreaIndex index = AreaIndex.of(actors());
        assertEquals(1, index.actorCount("us"));
        assertEquals(1, index.actorCount("mike-pompeo"));
        assertEquals(1, index.actorCount("th"));
    }

    @Test
    void choosingAreasKeepsTheActorsAndTogglingAnActorKeepsTheAreas() {
        AreaFilter filter = AreaFilter.of(List.of("cyber")).withActors(ActorFilter.of(List.of("eu")));
        assertEquals(Set.of("eu"), filter.withAreas(AreaFilter.ALL).actors().chosen());
        assertEquals(Set.of("eu"), filter.toggle("cyber", List.of("cyber", "trade")).actors().chosen());
        AreaFilter more = filter.withActors(filter.actors().toggle("us"));
        assertEquals(List.of("eu", "us"), List.copyOf(more.actors().chosen()));
        assertEquals(Set.of("cyber"), more.selected());
        assertEquals(Set.of("us"), more.actors().toggle("eu").chosen());
    }

    @Test
    void theIndexAndTheMeetingByMeetingRuleAgreeOnASyntheticModel() {
        Model model = new SyntheticModel(3000).model();
        AreaFilter filter = AreaFilter.of(List.of("maritime", "cyber")).withActors(ActorFilter.of(List.of("us")));
        List<String> byMeeting = model.meetings().stream().filter(m -> filter.matches(model, m))
                .map(Meeting::id).toList();
        assertEquals(byMeeting, shown(model, filter));
        assertEquals(true, byMeeting.size() > 5, byMeeting.size() + " meetings");
    }
}
