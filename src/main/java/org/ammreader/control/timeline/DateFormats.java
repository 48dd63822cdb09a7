package org.ammreader.control.timeline;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the axis writes a date pattern ("EEE d MMM") in a locale. The plain one is the JDK's; an application gives
 * its own where a language writes dates in a way the JDK's patterns cannot (French writes the first « 1er »).
 */
@FunctionalInterface
public interface DateFormats {

    /** The JDK's patterns as they are. */
    DateFormats PLAIN = DateTimeFormatter::ofPattern;

    DateTimeFormatter formatter(String pattern, Locale locale);
}
