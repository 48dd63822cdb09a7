package org.ammreader.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.ammreader.i18n.Messages;
import org.ammreader.ui.theme.Appearance;
import org.ammreader.viewmodel.NewWeek;

/**
 * File → New week…: a title, the first and last days, a time zone and two content languages. What is wrong with
 * the form is said under it as it is typed, and Create stays disabled until nothing is.
 */
final class NewWeekDialog {

    private final Messages messages;
    private final Appearance appearance;

    NewWeekDialog(Messages messages, Appearance appearance) {
        this.messages = messages;
        this.appearance = appearance;
    }

    Optional<NewWeek> ask(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("newWeek.title"));
        dialog.setHeaderText(messages.get("newWeek.header"));
        dialog.getDialogPane().getStyleClass().add("new-week");
        // The theme, as the windows wear it: the problems in its warning colour (main.css).
        appearance.dress(dialog, FxDialogService.SHEETS);
        ButtonType create = new ButtonType(messages.get("newWeek.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create,
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        TextField title = field("new-week-title", 28);
        LocalDate today = LocalDate.now();
        DatePicker start = datePicker("new-week-start", today);
        DatePicker end = datePicker("new-week-end", today.plusDays(4));
        ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(
                ZoneId.getAvailableZoneIds().stream().sorted().collect(Collectors.toList())));
        zone.setEditable(true);
        zone.setValue(ZoneId.systemDefault().getId());
        zone.getEditor().setText(zone.getValue());
        zone.setPrefWidth(260);
        zone.getStyleClass().add("new-week-zone");
        TextField first = field("new-week-first-language", 3);
        first.setText("en");
        TextField second = field("new-week-second-language", 3);
        second.setText("fr");
        Label hint = new Label(messages.get("newWeek.languagesHint"));
        hint.getStyleClass().add("new-week-hint");
        Label problems = new Label();
        problems.getStyleClass().add("new-week-problems");
        problems.setWrapText(true);
        problems.setMaxWidth(460);
        problems.setMinHeight(Label.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        grid.setPadding(new Insets(16, 24, 8, 24));
        grid.addRow(0, label("newWeek.weekTitle", title), title);
        grid.addRow(1, label("newWeek.start", start), start);
        grid.addRow(2, label("newWeek.end", end), end);
        grid.addRow(3, label("newWeek.timeZone", zone), zone);
        HBox languages = new HBox(8, first, second, hint);
        languages.setAlignment(Pos.BASELINE_LEFT);
        grid.addRow(4, label("newWeek.languages", first), languages);
        grid.add(problems, 1, 5);
        dialog.getDialogPane().setContent(grid);

        Node createButton = dialog.getDialogPane().lookupButton(create);
        Runnable update = () -> {
            NewWeek form = form(title, start, end, zone, first, second);
            problems.setText(form.problems().stream().map(messages::get).collect(Collectors.joining("\n")));
            createButton.setDisable(!form.isValid());
            // One line per problem: the window grows and shrinks with them rather than cutting one off.
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        title.textProperty().addListener((obs, old, now) -> update.run());
        start.getEditor().textProperty().addListener((obs, old, now) -> update.run());
        end.getEditor().textProperty().addListener((obs, old, now) -> update.run());
        zone.getEditor().textProperty().addListener((obs, old, now) -> update.run());
        first.textProperty().addListener((obs, old, now) -> update.run());
        second.textProperty().addListener((obs, old, now) -> update.run());
        update.run();
        dialog.setOnShown(e -> title.requestFocus());

        return dialog.showAndWait().filter(create::equals)
                .map(b -> form(title, start, end, zone, first, second));
    }

    /** The form as typed: a date picker's text is read as typed, not only once Enter commits it. */
    private static NewWeek form(TextField title, DatePicker start, DatePicker end, ComboBox<String> zone,
                                TextField first, TextField second) {
        return new NewWeek(title.getText(), typedDate(start), typedDate(end), zone.getEditor().getText(),
                first.getText().strip(), second.getText().strip());
    }

    private static LocalDate typedDate(DatePicker picker) {
        try {
            return picker.getConverter().fromString(picker.getEditor().getText());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static TextField field(String styleClass, int columns) {
        TextField field = new TextField();
        field.setPrefColumnCount(columns);
        field.getStyleClass().add(styleClass);
        return field;
    }

    private static DatePicker datePicker(String styleClass, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.getStyleClass().add(styleClass);
        return picker;
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
