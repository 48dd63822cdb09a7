package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ammreader.model.Model;

/** Two models are the same when every part is (the parts are records, compared field by field). */
final class SameModel {

    private SameModel() {
    }

    static void assertSame(Model expected, Model actual) {
        assertEquals(expected.id(), actual.id(), "id");
        assertEquals(expected.languages(), actual.languages(), "languages");
        assertEquals(expected.title(), actual.title(), "title");
        assertEquals(expected.timeZone(), actual.timeZone(), "timeZone");
        assertEquals(expected.startDate(), actual.startDate(), "startDate");
        assertEquals(expected.endDate(), actual.endDate(), "endDate");
        assertEquals(expected.venue(), actual.venue(), "venue");
        assertSameList("areas", expected.areas(), actual.areas());
        assertSameList("tracks", expected.tracks(), actual.tracks());
        assertSameList("meetings", expected.meetings(), actual.meetings());
        assertSameList("documents", expected.documents(), actual.documents());
        assertSameList("facts", expected.facts(), actual.facts());
        assertSameList("delegations", expected.delegations(), actual.delegations());
        assertSameList("people", expected.people(), actual.people());
    }

    /** Item by item, so that a difference names the item. */
    private static void assertSameList(String name, List<?> expected, List<?> actual) {
        assertEquals(expected.size(), actual.size(), name + ": how many");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "/" + name + "/" + i);
        }
    }
}
