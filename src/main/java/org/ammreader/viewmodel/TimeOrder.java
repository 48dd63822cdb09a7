package org.ammreader.viewmodel;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/** Meetings in the order of time: by day, then start (untimed ones at the start of their day), then lane. */
final class TimeOrder {

    private TimeOrder() {
    }

    static List<Meeting> sorted(Model model) {
        List<String> tracks = model.tracks().stream().map(t -> t.id()).toList();
        return model.meetings().stream()
                .sorted(Comparator.comparing(Meeting::date)
                        .thenComparing(m -> m.time().earliest().orElse(LocalTime.MIDNIGHT))
                        .thenComparingInt(m -> tracks.indexOf(m.track())))
                .toList();
    }
}
