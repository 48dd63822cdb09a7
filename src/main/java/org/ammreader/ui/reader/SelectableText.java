package org.ammreader.ui.reader;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableNumberValue;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.ammreader.viewmodel.ReaderColumn;
import org.ammreader.viewmodel.SearchMatch;

/**
 * One paragraph in one language: wrapped text the user can select with the mouse, with search matches and the
 * selection painted behind the letters. The TextFlow wraps and measures; its hitTest and rangeShape (public
 * since JavaFX 9) turn a mouse position into a character and a range of characters into a shape.
 */
final class SelectableText extends Region {

    /** Space added between lines, in ems: with Liberation Serif's own 1.15 em this gives a leading of 1.5. */
    static final double LINE_SPACING_EM = 0.35;

    private final Text text = new Text();
    private final TextFlow flow = new TextFlow(text);
    private final Path matchShape = layer("search-match");
    private final Path currentShape = layer("search-match-current");
    private final Path selectionShape = layer("text-selection");
    private final TextSelection selection;
    private final ReaderColumn column;
    // Kept in a field: the selection outlives recycled cells, so it only holds this listener weakly.
    private final InvalidationListener onSelection = o -> requestLayout();
    private int paragraph = -1;
    private List<SearchMatch> matches = List.of();
    private SearchMatch current;
    private int anchor;

    SelectableText(TextSelection selection, ReaderColumn column, ObservableNumberValue textSize) {
        this.selection = selection;
        this.column = column;
        getStyleClass().add("reader-column");
        text.getStyleClass().add("reader-text");
        flow.lineSpacingProperty().bind(Bindings.multiply(textSize, LINE_SPACING_EM));
        getChildren().addAll(matchShape, currentShape, selectionShape, flow);
        setCursor(Cursor.TEXT);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        selection.spanProperty().addListener(new WeakInvalidationListener(onSelection));
    }

    private static Path layer(String styleClass) {
        Path path = new Path();
        path.getStyleClass().add(styleClass);
        path.setManaged(false);
        path.setMouseTransparent(true);
        return path;
    }

    void show(int paragraphIndex, String content) {
        paragraph = paragraphIndex;
        text.setText(content);
        requestLayout();
    }

    /** Paints {@code found} (this column's matches in this paragraph) and, among them, the current match. */
    void highlight(List<SearchMatch> found, SearchMatch currentMatch) {
        matches = List.copyOf(found);
        current = currentMatch;
        requestLayout();
    }

    String content() {
        return text.getText();
    }

    ReaderColumn column() {
        return column;
    }

    /** The first line's baseline from this region's top, to align the paragraph number with it. */
    double firstBaseline() {
        return snappedTopInset() + flow.getBaselineOffset();
    }

    private double horizontalInsets() {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        // Wrapped text takes the width it is given: asking for its unwrapped width would make the list scroll sideways.
        return horizontalInsets();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double textWidth = width < 0 ? -1 : Math.max(0, width - horizontalInsets());
        return snappedTopInset() + flow.prefHeight(textWidth) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = Math.max(0, getWidth() - horizontalInsets());
        flow.resizeRelocate(x, y, width, flow.prefHeight(width));
        // Wrap now, so that the shapes below follow the lines as they are at this width.
        flow.layout();
        List<SearchMatch> others = matches.stream().filter(match -> !match.equals(current)).toList();
        paint(matchShape, x, y, others.stream().map(match -> new int[] {match.start(), match.end()}).toList());
        paint(currentShape, x, y, current == null ? List.of() : List.of(new int[] {current.start(), current.end()}));
        TextSelection.Span span = selection.spanProperty().get();
        boolean mine = span != null && span.paragraph() == paragraph && span.column() == column && !span.isEmpty();
        paint(selectionShape, x, y, mine ? List.of(new int[] {span.start(), span.end()}) : List.of());
    }

    private void paint(Path path, double x, double y, List<int[]> ranges) {
        List<PathElement> elements = new ArrayList<>();
        int length = text.getText() == null ? 0 : text.getText().length();
        for (int[] range : ranges) {
            if (range[1] <= length) {
                elements.addAll(List.of(flow.rangeShape(range[0], range[1])));
            }
        }
        path.getElements().setAll(elements);
        path.setLayoutX(x);
        path.setLayoutY(y);
    }

    private int indexAt(MouseEvent event) {
        Point2D inFlow = flow.sceneToLocal(event.getSceneX(), event.getSceneY());
        return Math.min(flow.hitTest(inFlow).getInsertionIndex(), content().length());
    }

    private void press(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || content() == null) {
            return;
        }
        int index = indexAt(event);
        if (event.getClickCount() == 2) {
            selectWordAt(index);
        } else if (event.getClickCount() >= 3) {
            selection.select(paragraph, column, content(), 0, content().length());
        } else {
            anchor = index;
            selection.select(paragraph, column, content(), index, index);
        }
    }

    private void drag(MouseEvent event) {
        if (event.isPrimaryButtonDown() && content() != null && isAnchoredHere()) {
            selection.select(paragraph, column, content(), anchor, indexAt(event));
        }
    }

    private boolean isAnchoredHere() {
        TextSelection.Span span = selection.spanProperty().get();
        return span != null && span.paragraph() == paragraph && span.column() == column;
    }

    private void selectWordAt(int index) {
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(content());
        int at = Math.min(index, Math.max(0, content().length() - 1));
        int start = words.isBoundary(at) ? at : words.preceding(at);
        int end = words.following(at);
        selection.select(paragraph, column, content(), Math.max(0, start), end == BreakIterator.DONE
                ? content().length() : end);
    }
}
