package org.ammreader.ui.problems;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import org.ammreader.io.Problem;

/** One problem of the list, in the words the command line uses. */
final class ProblemCell extends ListCell<Problem> {

    private final Function<Problem, String> words;

    ProblemCell(Function<Problem, String> words) {
        this.words = words;
        getStyleClass().add("problem-cell");
    }

    @Override
    protected void updateItem(Problem problem, boolean empty) {
        super.updateItem(problem, empty);
        setText(empty || problem == null ? null : words.apply(problem));
    }
}
