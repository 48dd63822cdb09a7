package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.ammreader.io.ModelMutation.ByteChange;
import org.ammreader.io.ModelMutation.TreeChange;
import org.ammreader.model.Area;
import org.ammreader.model.Document;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Track;

/**
 * The loader over thousands of damaged versions of the bundled model: it gives a model, or a
 * {@link ModelException} whose every problem is placed (unless the file could not be read at all) and reads in
 * English and French without parser jargon. Nothing else may escape — no other exception, no error — and a
 * failure is shrunk to the smallest damage that shows it. The seed is fixed: every run tries the same files.
 */
class ModelLoaderFuzzTest {

    private static final ObjectMapper MAPPER = JsonMappers.create();
    private static final ModelLoader LOADER = new ModelLoader(MAPPER);
    private static final byte[] BUNDLED = bundled();
    private static final JsonNode TREE = tree();

    @Property(tries = 2000, seed = "20190802", edgeCases = EdgeCasesMode.NONE)
    void loaderGivesAModelOrExplainsEveryProblem(@ForAll("mutations") ModelMutation mutation) {
        byte[] file = mutation.apply(BUNDLED, TREE, MAPPER);
        try {
            Model model = LOADER.load(file, "fuzz.json");
            assertFalse(model.languages().isEmpty());
            assertLoadedWell(model);
            assertWrittenAndLoadedAgainTheSame(model);
            assertReadStrictlyTheSame(file, model);
            Statistics.label("outcome").collect("model");
        } catch (ModelException e) {
            assertFalse(e.problems().isEmpty());
            for (Problem problem : e.problems()) {
                assertTrue(problem.line() >= 1 && problem.column() >= 1, problem::toString);
                // The generic message is a last resort: a parser message met here deserves words of its own.
                assertNotEquals("problem.syntax.other", problem.key(), problem::toString);
            }
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                List<String> lines = e.describe(locale);
                // A reading cut short ends with one more line, saying so.
                assertEquals(e.problems().size() + (e.isCutShort() ? 1 : 0), lines.size());
                lines.forEach(line -> assertFalse(HostileFilesTest.JARGON.matcher(line).find(), line));
            }
            Statistics.label("outcome").collect(e.problems().get(0).key().startsWith("problem.syntax")
                    || e.problems().get(0).key().startsWith("problem.encoding") ? "unreadable JSON" : "invalid model");
        }
    }

    /**
     * What loads is what the file says, all of it: written back out with the writer {@code --generate-model} uses
     * and loaded again, it is the same model; a field the loader dropped or changed in passing would differ.
     */
    private static void assertWrittenAndLoadedAgainTheSame(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new ModelWriter(MAPPER).write(model, out);
            SameModel.assertSame(model, LOADER.load(out.toByteArray(), "fuzz-written.json"));
        } catch (IOException | ModelException e) {
            throw new AssertionError("the loaded model, written and loaded again: " + e.getMessage(), e);
        }
    }

    /**
     * A file that loads is valid to the strict reading too, and makes the same model there: the quick reading of its
     * bytes (ADR 0034) is never more lenient than the reading of its text, nor reads it otherwise.
     */
    private static void assertReadStrictlyTheSame(byte[] file, Model model) {
        try {
            SameModel.assertSame(LOADER.loadStrictly(file, "fuzz.json"), model);
        } catch (ModelException e) {
            throw new AssertionError("loaded quickly, refused strictly: " + e.describe(Locale.ENGLISH), e);
        }
    }

    /**
     * What loads is sound: every reference resolves (a meeting's track, areas and documents, a document's meeting,
     * a paragraph's areas) and every date lies in the week, so that no view meets a dangling id or a day it cannot
     * place.
     */
    private static void assertLoadedWell(Model model) {
        Set<String> areas = model.areas().stream().map(Area::id).collect(Collectors.toSet());
        Set<String> tracks = model.tracks().stream().map(Track::id).collect(Collectors.toSet());
        Set<String> documents = model.documents().stream().map(Document::id).collect(Collectors.toSet());
        Set<String> meetings = model.meetings().stream().map(Meeting::id).collect(Collectors.toSet());
        for (Meeting meeting : model.meetings()) {
            assertTrue(tracks.contains(meeting.track()), meeting.id() + ": track " + meeting.track());
            assertTrue(areas.containsAll(meeting.areas()), meeting.id() + ": areas " + meeting.areas());
            assertTrue(documents.containsAll(meeting.documents()), meeting.id() + ": documents " + meeting.documents());
            for (LocalDate day : List.of(meeting.date(), meeting.lastDate())) {
                assertFalse(day.isBefore(model.startDate()) || day.isAfter(model.endDate()),
                        meeting.id() + ": " + day + " outside " + model.startDate() + " – " + model.endDate());
            }
        }
        for (Document document : model.documents()) {
            document.meeting().ifPresent(id -> assertTrue(meetings.contains(id), document.id() + ": meeting " + id));
            document.paragraphs().forEach(paragraph -> assertTrue(areas.containsAll(paragraph.areas()),
                    document.id() + " " + paragraph.id() + ": areas " + paragraph.areas()));
        }
    }

    @Provide
    Arbitrary<ModelMutation> mutations() {
        Arbitrary<Integer> place = Arbitraries.integers().between(0, ModelMutation.WHOLE - 1);
        Arbitrary<TreeChange> treeChange = Combinators.combine(Arbitraries.of(TreeChange.Kind.class), place, place)
                .as(TreeChange::new);
        Arbitrary<ByteChange> byteChange = Combinators.combine(Arbitraries.of(ByteChange.Kind.class), place, place)
                .as(ByteChange::new);
        // Damaged bytes are mostly bad JSON, which stops the loader early: half the files keep their bytes whole,
        // so that the binder and the validator get their share.
        Arbitrary<List<ByteChange>> byteChanges = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.of())), Tuple.of(1, byteChange.list().ofMinSize(1).ofMaxSize(2)));
        return Combinators.combine(treeChange.list().ofMaxSize(4), byteChanges).as(ModelMutation::new);
    }

    private static byte[] bundled() {
        try (InputStream in = ModelLoader.class.getResourceAsStream(ModelLoader.BUNDLED_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree() {
        try {
            return MAPPER.readTree(BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
