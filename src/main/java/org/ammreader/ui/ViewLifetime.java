package org.ammreader.ui;

import javafx.beans.property.Property;
import javafx.util.Subscription;

/**
 * How long a view is shown. Whatever a view hangs on something that outlives it (a view-model, the model
 * property, the settings) it hangs through its lifetime; the owner that drops the view {@link #end}s the
 * lifetime, which takes every such listener off again. Without it the long-lived object would keep the dropped
 * view, and update it, for as long as the application runs (each change of the interface language drops them all).
 * Bindings ({@code bind}) need none of this: JavaFX holds their targets weakly.
 */
public final class ViewLifetime {

    private Subscription subscriptions = Subscription.EMPTY;

    /** Keeps {@code subscription} (e.g. from {@code property.subscribe(...)}) until the end of the view. */
    public void add(Subscription subscription) {
        subscriptions = subscriptions.and(subscription);
    }

    /** Binds {@code own}, a property of the view, both ways to {@code shared}, until the end of the view. */
    public <T> void bindBidirectional(Property<T> own, Property<T> shared) {
        own.bindBidirectional(shared);
        add(() -> own.unbindBidirectional(shared));
    }

    /** Takes every listener off: the view no longer follows anything, and nothing long-lived holds it. */
    public void end() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }
}
