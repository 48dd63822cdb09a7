package org.ammreader.ui.problems;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import org.ammreader.io.Problem;

/** One problem of the list, in the words the command line uses, wrapped to the list's width. */
final class ProblemCell extends ListCell<Problem> {

    private final Function<Problem, String> words;

    ProblemCell(Function<Problem, String> words) {
        this.words = words;
        getStyleClass().add("problem-cell");
        // Wrapped to the list's width rather than cut: a width of its own would let the text run on past the edge.
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Problem problem, boolean empty) {
        super.updateItem(problem, empty);
        setText(empty || problem == null ? null : words.apply(problem));
    }
}
