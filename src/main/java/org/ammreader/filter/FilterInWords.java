package org.ammreader.filter;

import java.util.List;
import org.ammreader.model.Model;

/**
 * An area filter said in words: the one rule for when it shows every area, none, or some, and which names
 * then, in the model's order and the content language. The window's status line, the PNG's caption and the
 * briefing sheet's header each phrase it in their own words ({@link Phrases}).
 */
public final class FilterInWords {

    /** How one place phrases each case. */
    public interface Phrases {

        /** Every area is shown ({@code count} of them). */
        String all(int count);

        /** No area is chosen: nothing is shown. */
        String none();

        /** Some areas, by name, in the model's order. */
        String some(List<String> names);
    }

    private FilterInWords() {
    }

    /** The filter in words; with no model, every area is shown. */
    public static String say(Model model, AreaFilter filter, String language, Phrases phrases) {
        if (model == null) {
            return phrases.all(0);
        }
        List<String> names = model.areas().stream().filter(area -> filter.includes(area.id()))
                .map(area -> area.label().get(language)).toList();
        if (filter.all() || names.size() == model.areas().size()) {
            return phrases.all(names.size());
        }
        return names.isEmpty() ? phrases.none() : phrases.some(names);
    }
}
