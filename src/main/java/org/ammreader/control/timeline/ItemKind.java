package org.ammreader.control.timeline;

/** How an item's time is known, which decides how its bar looks. */
enum ItemKind {
    /** Start and end known: a solid bar over the span. */
    TIMED,
    /** Known by date(s) only: whole days, light fill and dashed outline. */
    ALL_DAY,
    /** Start known, end not: a short bar fading out after a nominal span. */
    OPEN_END
}
