package org.ammreader.i18n;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Names a time zone the way a reader expects: "ICT, UTC+7". The one place the application writes a zone or a
 * UTC offset: the window, the PNG and the briefing sheet all take it from here.
 */
public final class ZoneLabels {

    private ZoneLabels() {
    }

    /** The zone's abbreviation and its offset on {@code onDate} ("ICT, UTC+7"), or only the offset if it has none. */
    public static String label(ZoneId zone, LocalDate onDate, Locale locale) {
        ZonedDateTime noon = onDate.atTime(12, 0).atZone(zone);
        // The pattern "zzz" names the zone as it is on that day: CEST in summer, CET in winter.
        String abbreviation = DateTimeFormatter.ofPattern("zzz", locale).format(noon);
        String utc = utcOffset(noon.getOffset());
        return isAnOffset(abbreviation) ? utc : abbreviation + ", " + utc;
    }

    /** Zones with no abbreviation of their own are named by an offset or an id ("GMT+03:00", "+03:00", "Z"). */
    private static boolean isAnOffset(String abbreviation) {
        return abbreviation.startsWith("GMT") || abbreviation.startsWith("UTC") || abbreviation.startsWith("+")
                || abbreviation.startsWith("-") || abbreviation.equals("Z") || abbreviation.contains("/");
    }

    /** "UTC+7", "UTC+5:30", "UTC−3" (with a true minus sign, U+2212), "UTC". */
    public static String utcOffset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        String sign = seconds > 0 ? "+" : "\u2212";
        String hours = String.valueOf(minutes / 60);
        return "UTC" + sign + (minutes % 60 == 0 ? hours : hours + ":" + String.format(Locale.ROOT, "%02d", minutes % 60));
    }
}
