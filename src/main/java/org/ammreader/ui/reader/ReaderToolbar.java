package org.ammreader.ui.reader;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.ammreader.i18n.Messages;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.ui.search.SearchBar;
import org.ammreader.viewmodel.ReaderViewModel;

/**
 * The reader's controls: which language in which column (a picker names each column, so the columns stay
 * identified when the heading has scrolled away), swap, one language only, matching paragraphs only, and the
 * search at the right. When the window narrows, the search field shrinks first; when even that is not enough,
 * the search moves to a second line rather than squeezing every label into an ellipsis.
 */
final class ReaderToolbar extends Region {

    private static final double ROW_GAP = 8;

    private final HBox controls = new HBox();
    private final SearchBar search;

    ReaderToolbar(ReaderViewModel reader, Messages messages, SearchBar search, ViewLifetime life) {
        this.search = search;
        getStyleClass().add("reader-toolbar");
        controls.getStyleClass().add("reader-controls");
        controls.setAlignment(Pos.CENTER_LEFT);

        ChoiceBox<String> left = picker(reader, messages, life, reader.leftLanguageProperty(), "left-language",
                messages.get("reader.languages.left"));
        left.setOnAction(event -> choose(left, reader.leftLanguageProperty(), reader::setLeftLanguage));
        ChoiceBox<String> right = picker(reader, messages, life, reader.rightLanguageProperty(), "right-language",
                messages.get("reader.languages.right"));
        right.setOnAction(event -> choose(right, reader.rightLanguageProperty(), reader::setRightLanguage));
        right.visibleProperty().bind(reader.singleLanguageProperty().not());
        right.managedProperty().bind(right.visibleProperty());

        Button swap = new Button("↔");
        swap.getStyleClass().addAll("reader-tool", "swap-columns");
        swap.setTooltip(new Tooltip(messages.get("reader.languages.swap")));
        swap.setAccessibleText(messages.get("reader.languages.swap"));
        swap.setOnAction(event -> reader.swap());

        CheckBox single = new CheckBox(messages.get("reader.singleLanguage"));
        single.getStyleClass().add("single-language");
        life.bindBidirectional(single.selectedProperty(), reader.singleLanguageProperty());

        CheckBox matching = new CheckBox(messages.get("reader.matchingOnly"));
        matching.getStyleClass().add("matching-only");
        matching.setTooltip(new Tooltip(messages.get("reader.matchingOnly.tooltip")));
        life.bindBidirectional(matching.selectedProperty(), reader.matchingOnlyProperty());
        matching.disableProperty().bind(reader.filteringProperty().not());

        controls.getChildren().addAll(left, swap, right, single, matching);
        for (Node control : controls.getChildren()) {
            ((Region) control).setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(controls, search);
    }

    private boolean fitsOnOneLine(double width) {
        return controls.prefWidth(-1) + ROW_GAP * 2 + search.minWidth(-1) <= width;
    }

    /** Its height depends on its width: one line, or two when the width is short. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + controls.prefWidth(-1) + ROW_GAP * 2 + search.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(controls.minWidth(-1), search.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        double controlsHeight = controls.prefHeight(-1);
        double searchHeight = search.prefHeight(-1);
        double content = fitsOnOneLine(inner) ? Math.max(controlsHeight, searchHeight)
                : controlsHeight + ROW_GAP + searchHeight;
        return snappedTopInset() + content + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = getWidth() - x - snappedRightInset();
        double controlsHeight = controls.prefHeight(-1);
        double searchHeight = search.prefHeight(-1);
        if (fitsOnOneLine(inner)) {
            double height = Math.max(controlsHeight, searchHeight);
            controls.resizeRelocate(x, y, controls.prefWidth(-1), height);
            double searchWidth = Math.min(search.prefWidth(-1), inner - controls.prefWidth(-1) - ROW_GAP * 2);
            search.resizeRelocate(x + inner - searchWidth, y, searchWidth, height);
        } else {
            controls.resizeRelocate(x, y, Math.min(inner, controls.prefWidth(-1)), controlsHeight);
            search.resizeRelocate(x, y + controlsHeight + ROW_GAP, Math.min(inner, search.prefWidth(-1)),
                    searchHeight);
        }
    }

    private static ChoiceBox<String> picker(ReaderViewModel reader, Messages messages, ViewLifetime life,
                                            ObservableStringValue language, String styleClass, String description) {
        // A copy of the languages, not the view-model's list itself: a ChoiceBox listens to its items strongly, so
        // the view-model would keep every picker (and its window) ever shown.
        ChoiceBox<String> picker = new ChoiceBox<>();
        Bindings.bindContent(picker.getItems(), reader.languages());
        life.add(() -> Bindings.unbindContent(picker.getItems(), reader.languages()));
        picker.getStyleClass().add(styleClass);
        picker.setAccessibleText(description);
        picker.setTooltip(new Tooltip(description));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : LanguageNames.of(code, messages);
            }

            @Override
            public String fromString(String name) {
                throw new UnsupportedOperationException("the language pickers are not editable");
            }
        });
        picker.setValue(language.get());
        life.add(language.subscribe((old, now) -> picker.setValue(now)));
        return picker;
    }

    /**
     * Applies the user's choice; the view-model may swap the columns, and the pickers follow it. A picker also
     * fires when it follows the view-model: that is no choice, and applying it mid-swap would swap back.
     */
    private static void choose(ChoiceBox<String> picker, ObservableStringValue shown, Consumer<String> apply) {
        String chosen = picker.getValue();
        if (chosen != null && !chosen.equals(shown.get())) {
            apply.accept(chosen);
        }
    }
}
