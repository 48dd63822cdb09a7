package org.ammreader.ui.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import org.ammreader.settings.ThemeChoice;
import org.ammreader.timeline.MeetingTimelineStyle;

/**
 * The theme every window and dialog of the application wears: the user's choice, and whether it comes out dark.
 * One set of colour tokens serves both: the light sheet defines them on {@code .root}, the dark sheet redefines
 * the same names on {@code .root.dark}; a scene styled here gets both sheets, and its root carries the
 * {@value #DARK} style class while the theme is dark, also when the root is replaced or the choice changes while
 * the window is open. The PNG export and the PDF briefing are styled elsewhere, with the light sheet alone: they
 * go to paper (docs/adr/0016).
 */
public final class Appearance {

    /** The style class the roots carry while the theme is dark. */
    public static final String DARK = "dark";
    /** The dark values of the theme's tokens, on {@code .root.dark}. */
    public static final String DARK_SHEET = "/org/ammreader/ui/theme/dark.css";

    private final ObjectProperty<ThemeChoice> choice;
    private final Optional<ThemeChoice> system;
    private final BooleanBinding dark;

    /**
     * @param choice the user's choice
     * @param system the desktop's preference, read once, now: "System" follows what it says at start-up
     */
    public Appearance(ThemeChoice choice, SystemTheme system) {
        this.choice = new SimpleObjectProperty<>(this, "choice", Objects.requireNonNull(choice, "choice"));
        this.system = system.read();
        this.dark = Bindings.createBooleanBinding(() -> switch (this.choice.get()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> this.system.orElse(ThemeChoice.LIGHT) == ThemeChoice.DARK;
        }, this.choice);
    }

    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** What the desktop prefers, if that could be read; what "System" follows. */
    public Optional<ThemeChoice> system() {
        return system;
    }

    /** Whether the windows are dark now. */
    public BooleanBinding darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    /**
     * Gives {@code scene} the theme's sheets followed by {@code sheets} (class-path resources, in cascade order),
     * and keeps its root's {@value #DARK} class in step with the theme for as long as the scene lives. Calling it
     * again on the same scene replaces the sheets; another appearance styling the scene takes it over.
     */
    public void style(Scene scene, List<String> sheets) {
        List<String> all = new ArrayList<>(List.of(MeetingTimelineStyle.THEME, DARK_SHEET));
        all.addAll(sheets);
        scene.getStylesheets().setAll(all.stream().map(Appearance::url).toList());
        if (scene.getProperties().get(Styling.class) instanceof Styling styling) {
            if (styling.appearance() == this) {
                return;
            }
            styling.end(scene);
        }
        InvalidationListener follow = observable -> mark(scene.getRoot());
        ChangeListener<Parent> rootChange = (obs, old, now) -> {
            if (old != null) {
                old.getStyleClass().remove(DARK);
            }
            mark(now);
        };
        // The scene holds the listener and the theme only a weak reference to it: a closed dialog is not kept.
        WeakInvalidationListener weakFollow = new WeakInvalidationListener(follow);
        scene.getProperties().put(Styling.class, new Styling(this, follow, weakFollow, rootChange));
        dark.addListener(weakFollow);
        scene.rootProperty().addListener(rootChange);
        mark(scene.getRoot());
    }

    /** How an appearance follows a scene, kept in the scene's properties so that the scene holds it. */
    private record Styling(Appearance appearance, InvalidationListener follow, WeakInvalidationListener weakFollow,
                           ChangeListener<Parent> rootChange) {

        void end(Scene scene) {
            appearance.dark.removeListener(weakFollow);
            scene.rootProperty().removeListener(rootChange);
        }
    }

    /** Styles a dialog as {@link #style} does a window, with {@code sheets} after the theme's. */
    public void dress(Dialog<?> dialog, List<String> sheets) {
        style(dialog.getDialogPane().getScene(), sheets);
    }

    private void mark(Parent root) {
        if (root == null) {
            return;
        }
        boolean isDark = dark.get();
        if (isDark && !root.getStyleClass().contains(DARK)) {
            root.getStyleClass().add(DARK);
        } else if (!isDark) {
            root.getStyleClass().remove(DARK);
        }
    }

    private static String url(String sheet) {
        return Objects.requireNonNull(Appearance.class.getResource(sheet), sheet).toExternalForm();
    }
}
