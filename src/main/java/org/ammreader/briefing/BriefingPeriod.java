package org.ammreader.briefing;

import java.time.LocalDate;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * The days a briefing sheet covers, both ends included: the period on screen, a range chosen in the preview or
 * given with {@code --from}/{@code --to}, or the whole model. A meeting belongs to it when any of its days does.
 */
public record BriefingPeriod(LocalDate from, LocalDate to) {

    public BriefingPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a period that ends before it starts: " + from + ".." + to);
        }
    }

    /** Every day of the model. */
    public static BriefingPeriod whole(Model model) {
        return new BriefingPeriod(model.startDate(), model.endDate());
    }

    public boolean includes(Meeting meeting) {
        return !meeting.date().isAfter(to) && !meeting.lastDate().isBefore(from);
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether the period covers at least every day of {@code model}, so that it leaves no meeting out. */
    public boolean coversAll(Model model) {
        return !from.isAfter(model.startDate()) && !to.isBefore(model.endDate());
    }
}
