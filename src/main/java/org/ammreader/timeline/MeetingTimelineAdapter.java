package org.ammreader.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.paint.Color;
import org.ammreader.control.timeline.TimelineAdapter;
import org.ammreader.control.timeline.TimelineMarker;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * Shows meetings on the timeline, on screen and in exported pictures: lanes as {@link MeetingLanes} says, colour
 * by first area, a marker for uncertain ones (the model's confidence mapped to the control's neutral glyphs), each
 * at its hours with its precision ({@link MeetingSpan}). It lives in its own package, below both the window ({@code ui}) and
 * the export, which share it.
 */
public final class MeetingTimelineAdapter implements TimelineAdapter<Meeting> {

    /** For meetings tagged with no area. */
    public static final Color NEUTRAL = BarColors.NEUTRAL;

    private final Model model;
    private final MeetingLanes lanes;
    private final String language;
    private final AreaFilter filter;
    private final Function<Meeting, String> when;
    private final Function<Meeting, String> label;
    private final Function<Meeting, String> shortLabel;
    private final ZoneId zone;
    private final BarColors colors;

    /**
     * @param filter the area filter: a bar takes the colour of its meeting's first area in it
     * @param when the meeting's day and time in words, for tooltips and assistive technology
     */
    public MeetingTimelineAdapter(Model model, MeetingLanes lanes, String language, AreaFilter filter,
                                  Function<Meeting, String> when) {
        this(model, lanes, language, filter, when, meeting -> meeting.title().get(language),
                meeting -> meeting.shortTitleOr(language));
    }

    /**
     * @param label      the text drawn on or beside the bar: the title, or the time and title on a picture
     * @param shortLabel the same with the short title, drawn where the label does not fit
     */
    public MeetingTimelineAdapter(Model model, MeetingLanes lanes, String language, AreaFilter filter,
                                  Function<Meeting, String> when, Function<Meeting, String> label,
                                  Function<Meeting, String> shortLabel) {
        this.model = model;
        this.lanes = lanes;
        this.language = language;
        this.filter = filter;
        this.when = when;
        this.label = label;
        this.shortLabel = shortLabel;
        this.zone = model.timeZone();
        this.colors = new BarColors(model, filter);
    }

    @Override
    public String lane(Meeting meeting) {
        return lanes.of(meeting).iterator().next();
    }

    /** By actor, every delegation's or person's lane the meeting involves ({@link MeetingLanes}). */
    @Override
    public Collection<String> lanes(Meeting meeting) {
        return lanes.of(meeting);
    }

    /** A meeting with a start but no end starts sharply there; one with neither is drawn over its day. */
    @Override
    public Instant start(Meeting meeting) {
        return MeetingSpan.of(meeting).map(MeetingSpan::start)
                .orElseGet(() -> meeting.date().atTime(meeting.start().orElse(LocalTime.MIDNIGHT)))
                .atZone(zone).toInstant();
    }

    @Override
    public Optional<Instant> end(Meeting meeting) {
        if (!meeting.hasTime()) {
            // Noon of the last day: midnight would read as the end of the day before.
            return meeting.endDate().map(last -> last.atTime(LocalTime.NOON).atZone(zone).toInstant());
        }
        return MeetingSpan.of(meeting).map(span -> span.end().atZone(zone).toInstant());
    }

    /** An approximate, part-of-the-day or disputed start fades in. */
    @Override
    public Duration softStart(Meeting meeting) {
        return MeetingSpan.of(meeting).map(MeetingSpan::softStart).orElse(Duration.ZERO);
    }

    @Override
    public Duration softEnd(Meeting meeting) {
        return MeetingSpan.of(meeting).map(MeetingSpan::softEnd).orElse(Duration.ZERO);
    }

    @Override
    public boolean allDay(Meeting meeting) {
        return !meeting.hasTime();
    }

    @Override
    public String label(Meeting meeting) {
        return label.apply(meeting);
    }

    @Override
    public String shortLabel(Meeting meeting) {
        return shortLabel.apply(meeting);
    }

    /** The colour of the meeting's first area in the filter ({@link BarColors}). */
    @Override
    public Color color(Meeting meeting) {
        return colors.of(meeting);
    }

    /** The meeting's areas: the area filter shows them by category, with no call per meeting. */
    @Override
    public Collection<String> categories(Meeting meeting) {
        return meeting.areas();
    }

    @Override
    public TimelineMarker marker(Meeting meeting) {
        return switch (meeting.confidence()) {
            case CONFIRMED -> TimelineMarker.NONE;
            case SINGLE_SOURCE -> TimelineMarker.RING;
            case DISPUTED -> TimelineMarker.EXCLAMATION;
            case UNVERIFIED -> TimelineMarker.QUESTION;
        };
    }

    @Override
    public String tooltip(Meeting meeting) {
        String venue = meeting.venue().orElse(model.venue()).get(language);
        return meeting.title().get(language) + "\n" + when.apply(meeting) + "\n" + venue;
    }

    @Override
    public String accessibleText(Meeting meeting) {
        String track = model.track(meeting.track()).map(t -> t.label().get(language)).orElse("");
        return meeting.title().get(language) + ". " + when.apply(meeting) + ". " + track;
    }
}
