package org.ammreader.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Model;
import org.ammreader.timeline.LaneGrouping;

/**
 * What to draw: a model seen through an area filter in one content language, over a time range drawn at a
 * given density (logical pixels per hour, as on screen), at a device scale of 1 to 4.
 *
 * @param lanes         the lanes, as on screen: tracks, delegations or people
 * @param pixelsPerHour logical pixels per hour of the time axis: the on-screen zoom, or the default
 * @param exportedOn    the date printed in the footer
 * @param appVersion    the version printed in the footer
 */
public record PictureRequest(Model model, AreaFilter filter, String language, LaneGrouping lanes, Instant start,
                             Instant end, double pixelsPerHour, int scale, LocalDate exportedOn, String appVersion) {

    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 4;
    public static final int DEFAULT_SCALE = 2;
    /** The whole week across about 1,400 logical pixels: the picture a newspaper column can take. */
    public static final double DEFAULT_WEEK_WIDTH = 1400;

    public PictureRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(lanes, "lanes");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the range ends before it starts: " + start + " .. " + end);
        }
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1 to 4: " + scale);
        }
        if (!(pixelsPerHour > 0)) {
            throw new IllegalArgumentException("pixelsPerHour must be positive: " + pixelsPerHour);
        }
    }

    /** The whole of the model's week at the default density. */
    public static PictureRequest wholeWeek(Model model, AreaFilter filter, String language, LaneGrouping lanes,
                                           int scale, LocalDate exportedOn, String appVersion) {
        Instant start = model.startDate().atStartOfDay(model.timeZone()).toInstant();
        Instant end = model.endDate().plusDays(1).atStartOfDay(model.timeZone()).toInstant();
        double hours = (end.toEpochMilli() - start.toEpochMilli()) / 3_600_000.0;
        return new PictureRequest(model, filter, language, lanes, start, end, DEFAULT_WEEK_WIDTH / hours, scale,
                exportedOn, appVersion);
    }

    /** The width of the time axis in logical pixels. */
    public double axisWidth() {
        return (end.toEpochMilli() - start.toEpochMilli()) / 3_600_000.0 * pixelsPerHour;
    }
}
