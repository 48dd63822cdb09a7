package org.ammreader.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Confidence;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.junit.jupiter.api.Test;

/** The synthetic models of the benchmark: valid, about thirty meetings a day, with the mix of a real calendar. */
class SyntheticModelTest {

    private static Model generate(int meetings) throws IOException, ModelException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticModel(meetings).write(out);
        return new ModelLoader(JsonMappers.create()).load(out.toByteArray(), "synthetic.json");
    }

    @Test
    void spreadsAboutThirtyMeetingsADayOverAWeekAtLeast() throws Exception {
        Model small = generate(10);
        assertEquals(7, small.dayCount());
        assertEquals(10, small.meetings().size());

        Model large = generate(3000);
        assertEquals(100, large.dayCount());
        assertEquals(LocalDate.of(2019, 7, 29), large.startDate());
        assertEquals(large.endDate(), large.meetings().get(2999).date());
    }

    @Test
    void hasTheMixOfARealCalendar() throws Exception {
        Model model = generate(2000);
        long timed = model.meetings().stream().filter(m -> m.end().isPresent()).count();
        long startOnly = model.meetings().stream().filter(m -> m.start().isPresent() && m.end().isEmpty()).count();
        long allDay = model.meetings().stream().filter(m -> m.start().isEmpty()).count();
        long severalDays = model.meetings().stream().filter(m -> m.endDate().isPresent()).count();
        assertTrue(timed > 1000 && startOnly > 50 && allDay > 400 && severalDays > 100,
                timed + " timed, " + startOnly + " start only, " + allDay + " all-day, " + severalDays + " several days");

        Set<Confidence> confidences = model.meetings().stream().map(Meeting::confidence).collect(Collectors.toSet());
        assertEquals(Set.of(Confidence.values()), confidences);
        assertTrue(model.meetings().stream().filter(m -> m.confidence().needsNote()).allMatch(m -> m.note().isPresent()));
        assertEquals(model.tracks().size(), model.meetings().stream().map(Meeting::track).distinct().count());
        assertTrue(model.meetings().stream().flatMap(m -> m.sources().stream())
                .allMatch(s -> s.url().startsWith("https://example.org/")));
        assertTrue(model.meetings().stream().anyMatch(m -> m.title().get("en").matches("Working group on .+ #\\d+")));
        assertEquals("m-1", model.documents().get(0).meeting().orElseThrow());
    }

    /** Loaded through the loader, so its actors passed the validator's checks too. */
    @Test
    void namesPeopleAndDelegationsInEveryMeeting() throws Exception {
        Model model = generate(2000);
        assertEquals(30, model.delegations().size());
        assertEquals(80, model.people().size());
        assertTrue(model.meetings().stream().allMatch(m -> !m.actors().isEmpty() && m.actors().size() <= 4));
        long involvingUs = model.meetings().stream().filter(m -> model.delegationsOf(m).contains("us")).count();
        assertTrue(involvingUs > 20 && involvingUs < 400, involvingUs + " meetings involve the United States");
        assertEquals(80, model.meetings().stream().flatMap(m -> model.peopleOf(m).stream()).distinct().count());
    }

    @Test
    void refusesSizesOutsideItsRange() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticModel(0));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticModel(SyntheticModel.MAX_MEETINGS + 1));
    }
}
