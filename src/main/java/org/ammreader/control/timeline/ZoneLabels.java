package org.ammreader.control.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/** The default zone label: the zone's short name and its offset at a given instant, e.g. "ICT, UTC+7". */
final class ZoneLabels {

    private ZoneLabels() {
    }

    static String describe(ZoneId zone, Instant at, Locale locale) {
        String offset = utcOffset(zone.getRules().getOffset(at));
        String name = zone.getDisplayName(TextStyle.SHORT, locale);
        boolean nameIsAnOffset = name.startsWith("GMT") || name.startsWith("UTC") || name.startsWith("+")
                || name.startsWith("-") || name.equals("Z");
        return nameIsAnOffset ? offset : name + ", " + offset;
    }

    /** "UTC", "UTC+7", "UTC-3:30", "UTC+5:45". */
    static String utcOffset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        String sign = seconds > 0 ? "+" : "-";
        String hours = sign + minutes / 60;
        return minutes % 60 == 0 ? "UTC" + hours : String.format(Locale.ROOT, "UTC%s:%02d", hours, minutes % 60);
    }
}
