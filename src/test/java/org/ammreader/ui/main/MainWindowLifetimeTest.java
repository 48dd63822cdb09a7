package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.ui.agenda.AgendaView;
import org.ammreader.ui.detail.DetailPane;
import org.ammreader.ui.filter.AreaFilterControl;
import org.ammreader.ui.reader.ReaderView;
import org.ammreader.ui.search.SearchBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the interface language builds every view again around the same view-models: the views it replaces
 * must then be gone, not kept (and updated) by the view-models' listeners.
 */
class MainWindowLifetimeTest extends MainWindowFixture {

    private static final int SWITCHES = 20;
    /** The views a switch replaces, by type: the window's root is checked besides these. */
    private static final List<Class<? extends Node>> VIEWS = List.of(TimelineView.class, DetailPane.class,
            AgendaView.class, ReaderView.class, AreaFilterControl.class, SearchBar.class);

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws ModelException {
        this.stage = stage;
        window = window(stage, language -> window.show(Messages.forLanguage(language), stage.getWidth(),
                stage.getHeight()));
        window.show(Messages.forLanguage("en"), 1280, 800);
    }

    @Test
    void switchingTheLanguageLeavesNoOldViewAlive(FxRobot robot) {
        long heapAtStart = heapAfterGc();
        List<WeakReference<Node>> replaced = new ArrayList<>();
        for (int i = 0; i < SWITCHES; i++) {
            replaced.addAll(shownViews(i));
            String next = i % 2 == 0 ? "fr" : "en";
            robot.interact(() -> uiLanguageItem(next).fire());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(next.equals("fr") ? "_Fichier" : "_File", menuBar().getMenus().get(0).getText(),
                    "the window is in the language of switch " + i);
        }

        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                System.gc();
                return replaced.stream().allMatch(view -> view.get() == null);
            });
        } catch (TimeoutException e) {
            fail("old views still alive after " + SWITCHES + " switches: " + replaced.stream()
                    .map(WeakReference::get).filter(view -> view != null)
                    .map(view -> view.getClass().getSimpleName()).sorted().toList());
        }
        long heapAtEnd = heapAfterGc();
        assertTrue(heapAtEnd <= heapAtStart * 1.10, "heap after GC " + heapAtEnd / 1024 + " KiB, at the start "
                + heapAtStart / 1024 + " KiB: more than 10% more");
    }

    /** The window's root and each of its views, as they are on screen before switch {@code i}, held weakly. */
    private List<WeakReference<Node>> shownViews(int i) {
        Parent root = stage.getScene().getRoot();
        List<Node> views = Stream.concat(Stream.of(root), VIEWS.stream().map(type -> find(root, type)))
                .filter(view -> view != null).toList();
        assertEquals(VIEWS.size() + 1, views.size(), "every view is on screen before switch " + i);
        return views.stream().map(WeakReference::new).toList();
    }

    private static Node find(Node node, Class<? extends Node> type) {
        if (type.isInstance(node)) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private MenuBar menuBar() {
        return (MenuBar) find(stage.getScene().getRoot(), MenuBar.class);
    }

    /** The item of View → Interface language that the user picks for {@code language}. */
    private MenuItem uiLanguageItem(String language) {
        Menu languages = menuBar().getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "uiLanguageMenu".equals(item.getId())).map(Menu.class::cast).findFirst().orElseThrow();
        return languages.getItems().get(Messages.UI_LANGUAGES.indexOf(language));
    }

    private static long heapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
