package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FontMeasureTest {

    private static final List<String> SAMPLES = List.of("ASEAN–EU PMC", "jeu. 1 août", "Thu 1 Aug",
            "52nd AMM opening ceremony", "Réunion des ministres", "WWW iii 00:00", "  spaced  ");

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    @Test
    void summedAdvancesMatchTheWidthJavaFxLaysOut() {
        for (Font font : call(() -> List.of(Font.font("System", 12), Font.font("System", FontWeight.BOLD, 13)))) {
            FontMeasure measure = call(() -> new FontMeasure(font));
            for (String text : SAMPLES) {
                double laidOut = call(() -> {
                    Text node = new Text(text);
                    node.setFont(font);
                    return node.getLayoutBounds().getWidth();
                });
                assertEquals(laidOut, call(() -> measure.width(text)), 0.5, "'" + text + "' in " + font);
                // Measured again, from the strings already measured: the same width for the same characters.
                assertEquals(laidOut, call(() -> measure.width(new String(text))), 0.5, "again: '" + text + "'");
            }
        }
    }

    @Test
    void truncationFitsAndEndsInAnEllipsis() {
        FontMeasure measure = call(() -> new FontMeasure(Font.font("System", 12)));
        String title = "ASEAN–Australia Post Ministerial Conference";

        for (double room = 20; room < 400; room += 7) {
            double r = room;
            String cut = call(() -> measure.truncate(title, r));
            double width = call(() -> measure.width(cut));
            assertTrue(width <= room, "'" + cut + "' is " + width + " px for " + room);
            assertTrue(cut.equals(title) || cut.isEmpty() || cut.endsWith(TextMeasure.ELLIPSIS), cut);
        }
        assertEquals(title, call(() -> measure.truncate(title, 1000)));
    }

    private static <V> V call(Callable<V> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
