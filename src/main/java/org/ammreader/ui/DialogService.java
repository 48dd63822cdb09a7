package org.ammreader.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.stage.Window;
import org.ammreader.export.PictureRequest;
import org.ammreader.export.PngExporter;
import org.ammreader.io.ModelException;
import org.ammreader.model.Model;
import org.ammreader.viewmodel.NewWeek;

/**
 * Every dialog and chooser the windows open goes through here, so controllers can be tested with a stand-in
 * where a real file chooser cannot be driven. ArchitectureTest keeps it so: only the implementation's package
 * makes alerts, dialogs and choosers, or shows a print dialog.
 */
public interface DialogService {

    Optional<Path> chooseModelFile(Window owner);

    /** Lists every problem of a model that could not be opened. */
    void showProblems(Window owner, ModelException problems);

    void showAbout(Window owner, Model model, String modelName);

    void showWarning(Window owner, String title, String text);

    /** Shows {@code content} in a dialog with a Close button, without waiting for it to be closed (Help's lists). */
    void showInformation(Window owner, String title, Node content);

    /** Says that something went wrong and the application carried on, with the details and where they are logged. */
    void showCrashReport(Window owner, String details, Path log);

    /**
     * Asks how to export the timeline as PNG, showing the size each choice would give ({@code requests} turns a
     * choice into the picture it asks for, {@code exporter} measures it). Empty when the user cancels.
     */
    Optional<PngExportChoice> askPngExport(Window owner, int lastScale, Function<PngExportChoice, PictureRequest> requests,
                                           PngExporter exporter);

    /**
     * Asks where to save a file, offering {@code suggestedName} in {@code folder} (the one last used for this
     * kind of file; when null, the last folder any dialog used). {@code extension} is given without its dot
     * ("pdf"); the chosen name carries it. Empty when the user cancels.
     */
    Optional<Path> chooseSaveFile(Window owner, String title, Path folder, String suggestedName,
                                  String extensionDescription, String extension);

    /**
     * Asks for a new week's title, days, time zone and two content languages (File → New week…); empty when the
     * user cancels. Only a valid form is returned.
     */
    Optional<NewWeek> askNewWeek(Window owner);

    /** Shows the system's print dialog for {@code job}; false when the user cancels it. */
    default boolean showPrintDialog(Window owner, PrinterJob job) {
        return job.showPrintDialog(owner);
    }
}
