package org.ammreader.filter;

import java.util.List;
import java.util.stream.Collectors;
import org.ammreader.model.Model;

/**
 * A filter said in words: the one rule for when it shows every area, none, or some, and which names
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

    /** The filter in words, its chosen people and delegations after its areas; with no model, every area. */
    public static String say(Model model, AreaFilter filter, String language, Phrases phrases) {
        if (model == null) {
            return phrases.all(0);
        }
        String actors = actorNames(model, filter.actors(), language);
        return actors.isEmpty() ? areas(model, filter, language, phrases)
                : areas(model, filter, language, phrases) + " \u00b7 " + actors;
    }

    /** The filter's areas in words, without its people and delegations; with no model, every area. */
    public static String areas(Model model, AreaFilter filter, String language, Phrases phrases) {
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

    /** The names of the chosen people and delegations in {@code language}, in the order chosen; empty if none. */
    public static String actorNames(Model model, ActorFilter actors, String language) {
        return actors.chosen().stream().map(id -> model.person(id).map(person -> person.name().get(language))
                .or(() -> model.delegation(id).map(delegation -> delegation.name().get(language))).orElse(id))
                .collect(Collectors.joining(", "));
    }
}
