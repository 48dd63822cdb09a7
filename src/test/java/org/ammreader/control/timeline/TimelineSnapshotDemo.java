package org.ammreader.control.timeline;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a tool that writes pictures of the timeline to /tmp/timeline-*.png to look at. Its name does
 * not end in Test, so the build does not run it; run it with
 * {@code ./mvnw test -Dtest=TimelineSnapshotDemo -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineSnapshotDemo {

    private TimelineView<DemoItem> view;

    @Start
    void start(Stage stage) throws IOException {
        // As the application will: Liberation Sans from the fonts jar, before any control is styled.
        for (String face : List.of("Regular", "Bold")) {
            try (InputStream in = getClass().getResourceAsStream("/liberation/LiberationSans-" + face + ".ttf")) {
                Font.loadFont(in, 12);
            }
        }
        view = new TimelineView<>();
        view.setAdapter(DemoItem.ADAPTER);
        view.getLanes().setAll(DemoItems.LANES);
        view.setZone(DemoItems.BANGKOK);
        view.setLocale(Locale.UK);
        view.setExtentStart(DemoItems.FIRST_DAY.atStartOfDay(DemoItems.BANGKOK).toInstant());
        view.setExtentEnd(DemoItems.LAST_DAY.plusDays(1).atStartOfDay(DemoItems.BANGKOK).toInstant());
        view.setItems(DemoItems.week());
        view.setPrefSize(1600, 500);
        stage.setScene(new Scene(new StackPane(view), 1600, 500));
        stage.show();
    }

    @Test
    void pictures() throws Exception {
        shoot("week", () -> view.fitAll());
        shoot("week-fr", () -> view.setLocale(Locale.FRANCE));
        shoot("week-selected", () -> {
            view.setLocale(Locale.UK);
            view.requestFocus();
            view.setSelectedItem(DemoItems.week().get(3));
            view.setHighlight(item -> item.title().contains("PMC"));
        });
        shoot("day", () -> view.fitDay(LocalDate.of(2019, 8, 1)));
        shoot("three-hours", () -> view.setVisibleRange(DemoItems.at(3, 8, 30), DemoItems.at(3, 11, 30)));
        shoot("filter-fade", () -> {
            view.fitAll();
            view.setHighlight(null);
            view.setFadeFiltered(true);
            view.setFilter(item -> item.color() == DemoItems.CYBER || item.color() == DemoItems.SECURITY);
        });
        shoot("filter-hide", () -> view.setFadeFiltered(false));
        shoot("overflow", () -> {
            view.setFilter(null);
            List<DemoItem> crowd = new ArrayList<>(DemoItems.week());
            for (int k = 0; k < 14; k++) {
                crowd.add(DemoItems.timed("c" + k, "pmc", "Bilateral " + k, 3, 9 + k / 4, 10 * (k % 4), 13, 0,
                        DemoItems.MARITIME, TimelineMarker.NONE));
            }
            view.setItems(crowd);
            view.setSelectedItem(crowd.get(crowd.size() - 1));
            view.fitDay(LocalDate.of(2019, 8, 1));
        });
        shoot("big-fit", () -> {
            view.setFilter(null);
            view.setSelectedItem(null);
            view.setExtentStart(null);
            view.setExtentEnd(null);
            view.setItems(DemoItems.random(100_000, 5, 42));
            view.fitAll();
        });
        shoot("big-week", () -> view.setVisibleRange(DemoItems.at(200, 0, 0), DemoItems.at(207, 0, 0)));
        shoot("big-day", () -> view.fitDay(DemoItems.FIRST_DAY.plusDays(300)));
        shoot("big-highlight", () -> {
            view.fitAll();
            view.setHighlight(item -> item.id().endsWith("777"));
        });
    }

    @Test
    void exportAtTwiceTheScale() throws Exception {
        TimelineData<DemoItem> data = view.getData();
        TimelineFrame frame = TimelineFrame.of(DemoItems.at(0, 0, 0), DemoItems.at(6, 0, 0), 1600,
                        TimelinePainter.contentHeight(data, view.getTimelineStyle(),
                                TimelineFrame.DEFAULT_MAX_ROWS, Double.POSITIVE_INFINITY), Locale.UK, "ICT, UTC+7")
                .withScale(2).withSticky(false);
        WritableImage image = WaitForAsyncUtils.asyncFx((Callable<WritableImage>) () -> {
            Canvas canvas = new Canvas(frame.width() * 2, frame.height() * 2);
            new TimelinePainter().paint(canvas.getGraphicsContext2D(), data, view.getTimelineStyle(), frame);
            return canvas.snapshot(null, null);
        }).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File("/tmp/timeline-export-2x.png"));
    }

    private void shoot(String name, Runnable change) throws Exception {
        WaitForAsyncUtils.asyncFx(change).get();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx((Callable<WritableImage>) () -> view.snapshot(null, null)).get();
        File file = new File("/tmp/timeline-" + name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.out.println("wrote " + file);
    }
}
