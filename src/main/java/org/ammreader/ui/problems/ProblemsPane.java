package org.ammreader.ui.problems;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ammreader.i18n.Messages;
import org.ammreader.io.Problem;
import org.ammreader.io.ProblemFormatter;
import org.ammreader.ui.TextClipboard;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.viewmodel.FileProblems;
import org.ammreader.viewmodel.MainViewModel;

/**
 * The problems of the last save of the open model's file, while the window shows the last good model: the file
 * named once in the heading, each problem as line:column, JSON pointer and message in the interface language;
 * the one selected shown in the file's lines with its place marked; Copy puts it on the clipboard. The pane shows
 * itself when a save is invalid and goes away when a save is valid again.
 */
public final class ProblemsPane extends VBox {

    private final Messages messages;
    private final Label heading = new Label();
    private final ListView<Problem> list = new ListView<>();
    private final TextArea excerpt = new TextArea();
    /** The selected problem in full, wrapped: the list's lines are often longer than the list is wide. */
    private final Label message = new Label();
    private FileProblems shown;

    public ProblemsPane(MainViewModel viewModel, Messages messages, ViewLifetime life) {
        this.messages = messages;
        getStyleClass().add("problems-pane");
        heading.getStyleClass().add("problems-heading");
        Button copy = new Button(messages.get("problems.copy"));
        copy.getStyleClass().add("problems-copy");
        copy.setOnAction(e -> TextClipboard.put(copyText()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, gap, copy);
        bar.getStyleClass().add("problems-bar");
        list.getStyleClass().add("problems-pane-list");
        list.setCellFactory(view -> new ProblemCell(new ProblemFormatter(messages.locale())::withoutFile));
        list.setAccessibleText(messages.get("problems.accessible"));
        excerpt.getStyleClass().add("problems-excerpt");
        excerpt.setEditable(false);
        excerpt.setWrapText(false);
        excerpt.setFocusTraversable(false);
        list.getSelectionModel().selectedItemProperty().subscribe(this::showExcerpt);
        message.getStyleClass().add("problems-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(excerpt, Priority.ALWAYS);
        VBox selected = new VBox(8, message, excerpt);
        SplitPane split = new SplitPane(list, selected);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(bar, split);
        setPrefHeight(220);
        life.add(viewModel.problemsProperty().subscribe(this::show));
    }

    private void show(FileProblems problems) {
        shown = problems;
        setVisible(problems != null);
        setManaged(problems != null);
        if (problems == null) {
            list.getItems().clear();
            return;
        }
        heading.setText(messages.get("problems.heading", Path.of(problems.exception().file()).getFileName(),
                problems.problems().size()));
        list.getItems().setAll(problems.problems());
        list.getSelectionModel().selectFirst();
    }

    private void showExcerpt(Problem problem) {
        if (problem == null || shown == null) {
            message.setText("");
            excerpt.clear();
            return;
        }
        message.setText(new ProblemFormatter(messages.locale()).withoutFile(problem));
        String lines = shown.excerpt(problem);
        excerpt.setText(lines.isEmpty() ? messages.get("problems.noPlace") : lines);
    }

    /** A problem as the command line prints it, with the file's name, for a text pasted elsewhere. */
    private String line(Problem problem) {
        return new ProblemFormatter(messages.locale()).format(shown.exception().file(), problem);
    }

    /** The selected problem, or every problem when none is selected. */
    private String copyText() {
        Problem selected = list.getSelectionModel().getSelectedItem();
        List<Problem> problems = selected != null ? List.of(selected) : list.getItems();
        return String.join("\n", problems.stream().map(this::line).toList());
    }
}
