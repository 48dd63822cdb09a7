package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.Toolkit;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files dropped on the window: one model file opens as File → Open… opens it; a folder or several files are
 * refused with a message. The drop is the event the window receives from the system's drag and drop, with the
 * files on its dragboard (a headless test has no other application to drag from).
 */
class MainWindowFileDropTest extends MainWindowFixture {

    private static final Messages ENGLISH = Messages.forLanguage("en");

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private static void drop(FxRobot robot, List<File> files) {
        Parent root = robot.lookup(".root").queryAs(Parent.class);
        robot.interact(() -> {
            Dragboard board = DragboardHelper.createDragboard(Toolkit.getToolkit().createLocalClipboard());
            DragboardHelper.setDataAccessRestriction(board, false);
            board.setContent(Map.of(DataFormat.FILES, files));
            Event.fireEvent(root, new DragEvent(DragEvent.DRAG_DROPPED, board, 400, 300, 400, 300,
                    TransferMode.COPY, null, null, null));
        });
    }

    private static DialogPane warning(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                robot.lookup(".dialog-pane").queryAs(DialogPane.class)));
    }

    @Test
    void aDroppedModelFileOpens(FxRobot robot) throws Exception {
        Path file = folder.resolve("dropped.json");
        try (InputStream in = ModelLoader.class.getResourceAsStream(ModelLoader.BUNDLED_RESOURCE)) {
            Files.write(file, in.readAllBytes());
        }
        drop(robot, List.of(file.toFile()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.statusProperty().get()
                .startsWith("dropped.json"));
        assertEquals(List.of(file.toAbsolutePath()), viewModel.recentModels().subList(0, 1));
    }

    @Test
    void aDroppedInvalidFileShowsTheProblemsAsOpenDoes(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"amm-reader/1\"");
        drop(robot, List.of(file.toFile()));
        DialogPane problems = warning(robot);
        assertTrue(problems.getHeaderText().startsWith(file + " has "), problems.getHeaderText());
    }

    @Test
    void aFolderIsRefusedWithAMessage(FxRobot robot) throws Exception {
        Path weeks = Files.createDirectories(folder.resolve("weeks"));
        drop(robot, List.of(weeks.toFile()));
        DialogPane refusal = warning(robot);
        assertEquals(ENGLISH.get("drop.title"), refusal.getHeaderText());
        assertEquals(ENGLISH.get("drop.folder", "weeks"), refusal.getContentText());
    }

    @Test
    void severalFilesAreRefusedWithAMessage(FxRobot robot) throws Exception {
        drop(robot, List.of(folder.resolve("a.json").toFile(), folder.resolve("b.json").toFile()));
        DialogPane refusal = warning(robot);
        assertEquals(ENGLISH.get("drop.several", 2), refusal.getContentText());
    }
}
