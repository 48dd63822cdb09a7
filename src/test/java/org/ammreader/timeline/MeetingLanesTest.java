package org.ammreader.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ammreader.control.timeline.TimelineLane;
import org.ammreader.filter.ActorFilter;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.synthetic.SyntheticModel;
import org.junit.jupiter.api.Test;

/** The lanes by track, delegation and person, and the lanes each meeting is drawn in (ADR 0027). */
class MeetingLanesTest {

    private static Model actors() throws Exception {
        return new ModelLoader(JsonMappers.create()).load(MeetingLanesTest.class
                .getResourceAsStream("/models/actors.json").readAllBytes(), "actors.json");
    }

    private static List<String> labels(MeetingLanes lanes) {
        return lanes.lanes().stream().map(TimelineLane::label).toList();
    }

    private static Meeting meeting(Model model, String id) {
        return model.meeting(id).orElseThrow();
    }

    @Test
    void byTrackEachMeetingIsInItsTrackAlone() throws Exception {
        Model model = actors();
        MeetingLanes lanes = MeetingLanes.of(model, LaneGrouping.TRACKS, "en", ActorFilter.NONE, "Others");
        assertEquals(List.of("Partners", "Side events"), labels(lanes));
        assertEquals(List.of("pmc"), List.copyOf(lanes.of(meeting(model, "first"))));
        assertEquals("Side events", lanes.names(meeting(model, "second")));
    }

    @Test
    void byDelegationOrganisationsComeFirstAndAMeetingIsInTheLaneOfEachDelegationItInvolves() throws Exception {
        Model model = actors();
        MeetingLanes lanes = MeetingLanes.of(model, LaneGrouping.DELEGATIONS, "en", ActorFilter.NONE, "Others");
        assertEquals(List.of("European Union", "Russia", "Thailand", "United States"), labels(lanes));
        // The EU is named; the United States and Russia come with Pompeo and Lavrov.
        assertEquals(List.of("eu", "us", "ru"), List.copyOf(lanes.of(meeting(model, "first"))));
        assertEquals(List.of("th"), List.copyOf(lanes.of(meeting(model, "second"))));
        MeetingLanes french = MeetingLanes.of(model, LaneGrouping.DELEGATIONS, "fr", ActorFilter.NONE, "Autres");
        assertEquals(List.of("Union européenne", "États-Unis", "Russie", "Thaïlande"), labels(french));
        assertEquals("Union européenne, États-Unis, Russie", french.names(meeting(model, "first")));
    }

    @Test
    void byPersonPeopleAreGroupedByDelegationAndAMeetingWithNoneIsInOthers() throws Exception {
        Model model = actors();
        MeetingLanes lanes = MeetingLanes.of(model, LaneGrouping.PEOPLE, "fr", ActorFilter.NONE, "Autres");
        // In French « États-Unis » sorts before « Russie ».
        assertEquals(List.of("Mike Pompeo", "Sergueï Lavrov", "Autres"), labels(lanes));
        assertEquals(List.of("mike-pompeo", "sergey-lavrov"), List.copyOf(lanes.of(meeting(model, "first"))));
        assertEquals("Autres", lanes.names(meeting(model, "second")));
    }

    @Test
    void byPersonTheFilterChoosesThePeopleShown() throws Exception {
        Model model = actors();
        MeetingLanes lanes = MeetingLanes.of(model, LaneGrouping.PEOPLE, "en",
                ActorFilter.of(List.of("mike-pompeo", "eu")), "Others");
        assertEquals(List.of("Mike Pompeo", "Others"), labels(lanes));
        assertEquals(List.of("mike-pompeo"), List.copyOf(lanes.of(meeting(model, "first"))));
    }

    @Test
    void everyMeetingOfALargeModelIsInAtLeastOneLaneThatExists() {
        Model model = new SyntheticModel(20_000).model();
        MeetingLanes lanes = MeetingLanes.of(model, LaneGrouping.DELEGATIONS, "en", ActorFilter.NONE, "Others");
        List<String> ids = lanes.lanes().stream().map(TimelineLane::id).toList();
        for (Meeting meeting : model.meetings()) {
            assertTrue(!lanes.of(meeting).isEmpty() && ids.containsAll(lanes.of(meeting)), meeting.id());
            assertEquals(model.delegationsOf(meeting).isEmpty() ? List.of(MeetingLanes.OTHERS)
                    : List.copyOf(model.delegationsOf(meeting)), List.copyOf(lanes.of(meeting)), meeting.id());
        }
    }
}
