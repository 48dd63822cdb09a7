package org.ammreader.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One meeting or side event of the week. Times are local to the model's time zone; a meeting whose times
 * are not known has no start, one whose end is not known has a start only. A meeting over several days
 * has an end date.
 */
public record Meeting(String id, String track, LocalizedText title, LocalDate date, Optional<LocalDate> endDate,
                      Optional<LocalTime> start, Optional<LocalTime> end, Optional<LocalizedText> venue,
                      List<LocalizedText> chairs, Optional<LocalizedText> participants, LocalizedText summary,
                      List<LocalizedText> outcomes, List<String> areas, List<String> documents,
                      Confidence confidence, Optional<LocalizedText> note, List<Source> sources) {

    public Meeting {
        chairs = List.copyOf(chairs);
        outcomes = List.copyOf(outcomes);
        areas = List.copyOf(areas);
        documents = List.copyOf(documents);
        sources = List.copyOf(sources);
    }

    /** The last day the meeting runs on: its end date, or its date. */
    public LocalDate lastDate() {
        return endDate.orElse(date);
    }

    public boolean hasTime() {
        return start.isPresent();
    }
}
