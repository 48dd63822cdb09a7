package org.ammreader.control.timeline;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import javafx.scene.paint.Color;

/** A minimal item type for tests: what an application would adapt from its own model. */
record DemoItem(String id, String lane, String title, Instant start, Instant end, boolean allDay, Color color,
                TimelineMarker marker) {

    /** The adapter that reads a DemoItem's fields as they are. */
    static final TimelineAdapter<DemoItem> ADAPTER = new Adapter();

    /** {@link #ADAPTER}'s class, for a test that changes one thing it says (the lanes, say). */
    static class Adapter implements TimelineAdapter<DemoItem> {
        @Override
        public String lane(DemoItem item) {
            return item.lane();
        }

        @Override
        public Instant start(DemoItem item) {
            return item.start();
        }

        @Override
        public Optional<Instant> end(DemoItem item) {
            return Optional.ofNullable(item.end());
        }

        @Override
        public boolean allDay(DemoItem item) {
            return item.allDay();
        }

        @Override
        public String label(DemoItem item) {
            return item.title();
        }

        @Override
        public Color color(DemoItem item) {
            return item.color();
        }

        @Override
        public Collection<String> categories(DemoItem item) {
            return DemoItems.areasOf(item.color());
        }

        @Override
        public TimelineMarker marker(DemoItem item) {
            return item.marker();
        }

        @Override
        public String tooltip(DemoItem item) {
            return item.title() + " (" + item.id() + ")";
        }

        @Override
        public String accessibleText(DemoItem item) {
            return "Meeting " + item.title();
        }
    }
}
