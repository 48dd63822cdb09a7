package org.ammreader.ui.reader;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.ammreader.i18n.Messages;
import org.ammreader.viewmodel.AreaMark;
import org.ammreader.viewmodel.ReaderColumn;
import org.ammreader.viewmodel.ReaderRow;
import org.ammreader.viewmodel.ReaderViewModel;
import org.ammreader.viewmodel.SearchMatch;

/**
 * One row of the reader: the paragraph number and area chips in the margin, then paragraph n in the left and the
 * right language. Both columns are laid out from the same top, so a paragraph and its counterpart always start
 * level, whatever their lengths; the row is as tall as the longer of the two.
 */
final class ParagraphRowView extends Region {

    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    private static final double CHIP_EM = 0.5;
    private static final double CHIP_GAP_EM = 0.3;

    private final ReaderViewModel reader;
    private final Messages messages;
    private final Label number = new Label();
    private final SelectableText left;
    private final SelectableText right;
    private List<Region> chips = List.of();
    private ReaderRow row;
    private boolean single;

    ParagraphRowView(ReaderViewModel reader, Messages messages, TextSelection selection) {
        this.reader = reader;
        this.messages = messages;
        left = new SelectableText(selection, ReaderColumn.LEFT, reader.textSizeProperty());
        right = new SelectableText(selection, ReaderColumn.RIGHT, reader.textSizeProperty());
        getStyleClass().add("paragraph-row");
        number.getStyleClass().add("paragraph-number");
        number.setAlignment(Pos.BASELINE_RIGHT);
        number.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(number, left, right);
    }

    void show(ReaderRow shown, boolean singleColumn) {
        row = shown;
        single = singleColumn;
        number.setText(String.valueOf(shown.number()));
        left.show(shown.index(), shown.left());
        right.show(shown.index(), shown.right());
        right.setVisible(!singleColumn);
        pseudoClassStateChanged(DIMMED, !shown.matchesFilter());
        getChildren().removeAll(chips);
        chips = shown.marks().stream().map(this::chip).toList();
        getChildren().addAll(chips);
        setAccessibleText(messages.get("reader.paragraph", shown.number()) + ". " + shown.left());
        requestLayout();
    }

    private Region chip(AreaMark mark) {
        Region chip = new Region();
        chip.getStyleClass().add("area-chip");
        // Area colours are data from the model, not theme tokens: they are set here, not in the stylesheet.
        chip.setBackground(new Background(new BackgroundFill(Color.web(mark.color()), new CornerRadii(2), Insets.EMPTY)));
        chip.setAccessibleText(mark.label());
        Tooltip.install(chip, new Tooltip(mark.label()));
        return chip;
    }

    /** Paints the search matches of this row; {@code current} may belong to another row. */
    void highlight(List<SearchMatch> matches, SearchMatch current) {
        if (row == null) {
            return;
        }
        for (SelectableText column : List.of(left, right)) {
            List<SearchMatch> mine = matches.stream()
                    .filter(match -> match.paragraph() == row.index() && match.column() == column.column())
                    .toList();
            column.highlight(mine, mine.contains(current) ? current : null);
        }
    }

    private double em() {
        return reader.textSizeProperty().get();
    }

    private ColumnLayout layout(double width) {
        return ColumnLayout.of(width, em(), single);
    }

    @Override
    protected double computePrefWidth(double height) {
        // The row takes the list's width; its wrapped text must never ask the list to scroll sideways.
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        ColumnLayout layout = layout(width);
        double height = columnHeight(left, layout);
        if (!single) {
            height = Math.max(height, columnHeight(right, layout));
        }
        return snappedTopInset() + Math.max(height, marginHeight()) + snappedBottomInset();
    }

    private static double columnHeight(SelectableText column, ColumnLayout layout) {
        return column.prefHeight(boxWidth(column, layout));
    }

    /** The column's box: its text width plus its own padding, which hangs outside the text's edges. */
    private static double boxWidth(SelectableText column, ColumnLayout layout) {
        return layout.columnWidth() + column.snappedLeftInset() + column.snappedRightInset();
    }

    private double marginHeight() {
        double chipsHeight = chips.isEmpty() ? 0 : chips.size() * (CHIP_EM + CHIP_GAP_EM) * em();
        return number.prefHeight(-1) + chipsHeight;
    }

    @Override
    protected void layoutChildren() {
        ColumnLayout layout = layout(getWidth());
        double top = snappedTopInset();
        // Both boxes take the row's height, so that a paragraph and its counterpart highlight as a matched pair.
        double height = getHeight() - top - snappedBottomInset();
        place(left, layout.leftX(), top, height, layout);
        if (!single) {
            place(right, layout.rightX(), top, height, layout);
        }
        double gap = em();
        double numberWidth = layout.marginWidth() - gap;
        double numberHeight = number.prefHeight(-1);
        double baseline = top + left.firstBaseline();
        number.resizeRelocate(layout.marginX(), baseline - number.getBaselineOffset(), numberWidth, numberHeight);
        double chipSize = CHIP_EM * em();
        double y = number.getLayoutY() + numberHeight + CHIP_GAP_EM * em();
        for (Region chip : chips) {
            chip.resizeRelocate(layout.marginX() + numberWidth - chipSize, y, chipSize, chipSize);
            y += chipSize + CHIP_GAP_EM * em();
        }
    }

    private static void place(SelectableText column, double textX, double top, double height, ColumnLayout layout) {
        double width = boxWidth(column, layout);
        column.resizeRelocate(textX - column.snappedLeftInset(), top, width, Math.max(height, column.prefHeight(width)));
    }
}
