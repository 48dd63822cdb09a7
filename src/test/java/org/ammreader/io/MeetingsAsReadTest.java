package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The meetings are bound while they are read when the languages come before them, and from the whole tree
 * otherwise (ADR 0030): both ways find the same problems, as many, cut short at the same one.
 */
class MeetingsAsReadTest {

    private final ObjectMapper mapper = JsonMappers.create();
    private final ModelLoader loader = new ModelLoader(mapper);

    @Test
    void findsTheSameProblemsWhetherTheMeetingsComeAfterTheLanguagesOrBefore() throws IOException {
        ObjectNode model = brokenMeetings(1);
        model.put("timeZone", "Nowhere/Else");

        List<String> asRead = problems(model);

        assertTrue(asRead.contains("/meetings/0/date problem.date"), asRead.toString());
        assertTrue(asRead.contains("/timeZone problem.timeZone"), asRead.toString());
        assertEquals(problems(meetingsFirst(model)), asRead);
    }

    @Test
    void stopsAtTheSameProblemWhenThereAreTooManyToKeep() throws IOException {
        ObjectNode model = brokenMeetings(30);

        ModelException asRead = failure(model);
        ModelException fromTree = failure(meetingsFirst(model));

        assertTrue(asRead.isCutShort());
        assertTrue(fromTree.isCutShort());
        assertEquals(Problems.KEPT, asRead.problems().size());
        assertEquals(places(fromTree), places(asRead));
    }

    @Test
    void aValidModelReadsTheSameEitherWay() throws Exception {
        ObjectNode model = bundled();

        List<?> fromTree = loader.load(meetingsFirst(model).toString().getBytes(StandardCharsets.UTF_8), "first.json")
                .meetings();
        List<?> asRead = loader.load(model.toString().getBytes(StandardCharsets.UTF_8), "after.json").meetings();

        assertFalse(asRead.isEmpty());
        assertEquals(fromTree, asRead);
    }

    /** The bundled week with its meetings repeated {@code times} times, each without a readable date or summary. */
    private ObjectNode brokenMeetings(int times) throws IOException {
        ObjectNode model = bundled();
        ArrayNode meetings = mapper.createArrayNode();
        for (int i = 0; i < times; i++) {
            for (JsonNode meeting : model.get("meetings")) {
                ObjectNode broken = meeting.deepCopy();
                broken.put("date", "20/06/2019");
                broken.remove("summary");
                meetings.add(broken);
            }
        }
        model.set("meetings", meetings);
        return model;
    }

    private ObjectNode bundled() throws IOException {
        try (InputStream in = ModelLoader.class.getResourceAsStream(ModelLoader.BUNDLED_RESOURCE)) {
            return (ObjectNode) mapper.readTree(in);
        }
    }

    private ObjectNode meetingsFirst(ObjectNode model) {
        ObjectNode first = mapper.createObjectNode();
        first.set("meetings", model.get("meetings"));
        first.setAll(model);
        return first;
    }

    private List<String> problems(ObjectNode model) {
        return places(failure(model));
    }

    private ModelException failure(ObjectNode model) {
        byte[] text = model.toString().getBytes(StandardCharsets.UTF_8);
        return assertThrows(ModelException.class, () -> loader.load(text, "m.json"));
    }

    /** Pointer and key: the lines differ, since the meetings stand elsewhere in the two files. */
    private static List<String> places(ModelException failure) {
        return failure.problems().stream().map(p -> p.pointer() + " " + p.key()).sorted().toList();
    }
}
