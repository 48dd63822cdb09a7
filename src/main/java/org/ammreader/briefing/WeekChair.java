package org.ammreader.briefing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ammreader.model.LocalizedText;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * Who chairs the week: the person who chairs the most meetings, when one person clearly does (at least two
 * meetings, more than anyone else). Models name one chair in several wordings ("Don Pramudwinai",
 * "Don Pramudwinai (Thai Foreign Minister)"), so people are told apart by the name before any parenthesis and
 * shown in their most frequent wording. The first meeting of the first track is no guide: in the bundled week
 * it is a senior officials' meeting with no chair named, and the first one with a chair is a side body's.
 */
final class WeekChair {

    private WeekChair() {
    }

    static Optional<String> of(Model model, String language) {
        // Wordings are counted first and told apart by person after: a model of 100,000 meetings has a few hundred
        // wordings, and cutting each of its chairs down to a name took longer than the rest of the sheet.
        Map<String, Integer> byWording = new HashMap<>();
        for (Meeting meeting : model.meetings()) {
            for (LocalizedText chair : meeting.chairs()) {
                byWording.merge(chair.get(language), 1, Integer::sum);
            }
        }
        Map<String, Map<String, Integer>> wordingsByPerson = new LinkedHashMap<>();
        byWording.forEach((raw, count) -> {
            String wording = raw.strip();
            wordingsByPerson.computeIfAbsent(name(wording), person -> new HashMap<>()).merge(wording, count,
                    Integer::sum);
        });
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, Map<String, Integer>> person : wordingsByPerson.entrySet()) {
            int count = person.getValue().values().stream().mapToInt(Integer::intValue).sum();
            if (count > bestCount) {
                best = person.getKey();
                bestCount = count;
                tie = false;
            } else if (count == bestCount) {
                tie = true;
            }
        }
        if (best == null || bestCount < 2 || tie) {
            return Optional.empty();
        }
        return wordingsByPerson.get(best).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /** "Don Pramudwinai (Thai Foreign Minister)" → "Don Pramudwinai"; a wording that is all parenthesis stays. */
    static String name(String wording) {
        int parenthesis = wording.indexOf('(');
        String name = (parenthesis < 0 ? wording : wording.substring(0, parenthesis)).strip();
        return name.isEmpty() ? wording.strip() : name;
    }
}
