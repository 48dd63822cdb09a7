package org.ammreader.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.ammreader.io.ModelException;
import org.ammreader.model.Model;

/**
 * Every dialog and chooser the windows open goes through here, so controllers can be tested with a stand-in
 * where a real file chooser cannot be driven.
 */
public interface DialogService {

    Optional<Path> chooseModelFile(Window owner);

    /** Lists every problem of a model that could not be opened. */
    void showProblems(Window owner, ModelException problems);

    void showAbout(Window owner, Model model, String modelName);

    void showWarning(Window owner, String title, String text);
}
