package org.ammreader.viewmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/** The models the reader's tests read: the bundled week, the three-language sample, and one with no document. */
public final class ReaderModels {

    private static final ModelLoader LOADER = new ModelLoader(JsonMappers.create());

    private ReaderModels() {
    }

    public static Model bundled() {
        try {
            return LOADER.loadBundled();
        } catch (ModelException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Model threeLanguages() {
        return test("/models/three-languages.json");
    }

    public static Model minimal() {
        return test("/models/minimal.json");
    }

    /** {@code model} without its documents: what the reader shows when there is nothing to read. */
    public static Model withoutDocuments(Model model) {
        return new Model(model.id(), model.languages(), model.title(), model.timeZone(), model.startDate(),
                model.endDate(), model.venue(), model.areas(), model.tracks(), model.meetings().stream()
                .map(m -> new Meeting(m.id(), m.track(), m.title(), m.shortTitle(), m.date(), m.endDate(),
                        m.time(), m.alternativeTime(), m.venue(), m.chairs(), m.participants(), m.summary(), m.outcomes(),
                        m.areas(), List.of(), m.confidence(), m.note(), m.sources()))
                .toList(), List.of(), model.facts());
    }

    private static Model test(String resource) {
        try (InputStream in = ReaderModels.class.getResourceAsStream(resource)) {
            return LOADER.load(in.readAllBytes(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
