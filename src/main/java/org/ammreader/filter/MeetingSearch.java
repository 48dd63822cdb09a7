package org.ammreader.filter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ammreader.model.LocalizedText;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * Finds meetings whose title, summary, chairs or participants contain every word of a query, in one content
 * language. Case and accents are ignored, so "securite" finds « sécurité » and "ASEAN-UE" finds « ASEAN–UE ».
 * Given the model, it also looks in the names and offices of the people a meeting names, in every language of
 * the model, so that "Sergei Lavrov", « Sergueï Lavrov » and "foreign minister of Japan" all find them (ADR 0020).
 */
public final class MeetingSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212-]");

    private MeetingSearch() {
    }

    /** The meetings of {@code meetings} that match {@code query}, in the order given; none for a blank query. */
    public static List<Meeting> find(List<Meeting> meetings, String query, String language) {
        return find(null, meetings, query, language);
    }

    /** As {@link #find(List, String, String)}, also in the names and offices of the people of {@code model}. */
    public static List<Meeting> find(Model model, List<Meeting> meetings, String query, String language) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Meeting> found = new ArrayList<>();
        for (Meeting meeting : meetings) {
            String text = fold(searchableText(meeting, language) + (model == null ? "" : people(model, meeting)));
            if (words.stream().allMatch(text::contains)) {
                found.add(meeting);
            }
        }
        return found;
    }

    /** The names and offices of the people {@code meeting} names, in every language of the model. */
    private static String people(Model model, Meeting meeting) {
        StringBuilder text = new StringBuilder();
        for (String id : model.peopleOf(meeting)) {
            model.person(id).ifPresent(person -> {
                person.name().values().values().forEach(name -> text.append(name).append('\n'));
                person.office().values().values().forEach(office -> text.append(office).append('\n'));
            });
        }
        return text.toString();
    }

    /** Whether {@code query} has no word to look for: it finds nothing. */
    public static boolean isBlank(String query) {
        return words(query).isEmpty();
    }

    private static List<String> words(String query) {
        String folded = fold(query == null ? "" : query).strip();
        return folded.isEmpty() ? List.of() : List.of(folded.split("\\s+"));
    }

    private static String searchableText(Meeting meeting, String language) {
        StringBuilder text = new StringBuilder();
        append(text, meeting.title(), language);
        append(text, meeting.summary(), language);
        meeting.chairs().forEach(chair -> append(text, chair, language));
        meeting.participants().ifPresent(p -> append(text, p, language));
        return text.toString();
    }

    private static void append(StringBuilder text, LocalizedText value, String language) {
        if (value != null) {
            text.append(value.get(language)).append('\n');
        }
    }

    /** Lower case, without accents, with every kind of dash as a hyphen and no-break spaces as spaces. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return DASHES.matcher(plain).replaceAll("-").replace('\u00a0', ' ').replace('\u202f', ' ')
                .replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
