package org.ammreader.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.ammreader.model.Area;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.synthetic.SyntheticModel;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The index answers as {@link AreaFilter#matches} does, meeting by meeting, for any filter. */
class AreaIndexTest {

    private static final Model MODEL = new SyntheticModel(3_000).model();
    private static final AreaIndex INDEX = AreaIndex.of(MODEL.meetings());

    /** What the filter shows, asked of every meeting in turn: the rule the index must keep. */
    private static BitSet bruteForce(List<Meeting> meetings, AreaFilter filter) {
        BitSet shown = new BitSet();
        IntStream.range(0, meetings.size()).filter(i -> filter.matches(meetings.get(i).areas())).forEach(shown::set);
        return shown;
    }

    @RepeatedTest(20)
    void aRandomFilterShowsTheMeetingsItMatches(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<String> chosen = new ArrayList<>();
        for (Area area : MODEL.areas()) {
            if (random.nextInt(4) == 0) {
                chosen.add(area.id());
            }
        }
        if (random.nextBoolean()) {
            chosen.add("no-such-area");
        }
        AreaFilter filter = AreaFilter.of(chosen);
        BitSet expected = bruteForce(MODEL.meetings(), filter);
        assertEquals(expected, INDEX.matching(filter), "filter " + chosen);
        assertEquals(expected.cardinality(), INDEX.count(filter));
    }

    @Test
    void allShowsEveryMeetingEvenUntaggedOnesAndNoneShowsNothing() {
        List<Meeting> meetings = List.of(untagged(MODEL.meetings().get(0)), MODEL.meetings().get(1));
        AreaIndex index = AreaIndex.of(meetings);
        assertEquals(bruteForce(meetings, AreaFilter.ALL), index.matching(AreaFilter.ALL));
        assertEquals(2, index.count(AreaFilter.ALL));
        assertEquals(new BitSet(), index.matching(AreaFilter.NONE));
        assertEquals(0, index.count(AreaFilter.NONE));
    }

    private static Meeting untagged(Meeting m) {
        return new Meeting(m.id(), m.track(), m.title(), m.shortTitle(), m.date(), m.endDate(), m.time(), m.alternativeTime(),
                m.venue(), m.chairs(), m.participants(), m.summary(), m.outcomes(), List.of(), m.documents(),
                m.confidence(), m.note(), m.sources());
    }

    @Test
    void eachAreaAloneCountsItsMeetings() {
        for (Area area : MODEL.areas()) {
            long tagged = MODEL.meetings().stream().filter(m -> m.areas().contains(area.id())).count();
            assertEquals(tagged, INDEX.count(AreaFilter.of(List.of(area.id()))), area.id());
        }
    }
}
