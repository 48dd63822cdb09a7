package org.ammreader.bench;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.ammreader.control.timeline.OverviewStrip;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.typography.Fonts;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.ui.timeline.MeetingTimeline;
import org.ammreader.viewmodel.BackgroundWork;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.viewmodel.SearchViewModel;

/**
 * The application's timeline and its overview strip alone in a 1600×900 window, wired as the main window wires them
 * (the view-model's area filter, the app's fonts and theme), showing one model. Use on the JavaFX thread.
 */
final class TimelineStage {

    static final double WIDTH = 1600;
    static final double HEIGHT = 900;

    private final Stage stage = new Stage();
    private final MainViewModel viewModel;
    private final TimelineView<Meeting> view;
    private final OverviewStrip overview;

    TimelineStage(Model model) {
        Fonts.load();
        Messages messages = Messages.forLanguage("en");
        viewModel = new MainViewModel(messages, (file, progress) -> {
            throw new UnsupportedOperationException("the benchmark opens no file");
        }, new BackgroundWork() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
                throw new UnsupportedOperationException("the benchmark opens no file");
            }
        });
        viewModel.show(model, model.id() + ".json");
        MeetingTimeline timeline = new MeetingTimeline(viewModel, new SearchViewModel(viewModel), messages,
                new ViewLifetime());
        view = timeline.view();
        overview = timeline.overview();
        // The overview strip under the timeline, as in the window: every frame draws both.
        VBox column = new VBox(view, overview);
        VBox.setVgrow(view, Priority.ALWAYS);
        Scene scene = new Scene(column, WIDTH, HEIGHT);
        scene.getStylesheets().setAll(sheet("/org/ammreader/ui/theme/light.css"),
                sheet("/org/ammreader/ui/timeline/meeting-timeline.css"));
        stage.setScene(scene);
        stage.show();
    }

    private static String sheet(String name) {
        return Objects.requireNonNull(TimelineStage.class.getResource(name), name).toExternalForm();
    }

    Scene scene() {
        return stage.getScene();
    }

    TimelineView<Meeting> view() {
        return view;
    }

    OverviewStrip overview() {
        return overview;
    }

    MainViewModel viewModel() {
        return viewModel;
    }

    /** Shows {@code spanMs} around the middle of the whole extent (or the whole extent, if null). */
    void showMiddle(Long spanMs) {
        view.fitAll();
        if (spanMs != null) {
            long start = view.getVisibleStart().toEpochMilli();
            long middle = start + (view.getVisibleEnd().toEpochMilli() - start) / 2;
            view.setVisibleRange(Instant.ofEpochMilli(middle - spanMs / 2), Instant.ofEpochMilli(middle + spanMs / 2));
        }
    }

    /** The whole extent's span in milliseconds. */
    long extentMs() {
        Instant start = view.getExtentStart();
        return view.getExtentEnd().toEpochMilli() - start.toEpochMilli();
    }

    void close() {
        stage.hide();
    }
}
