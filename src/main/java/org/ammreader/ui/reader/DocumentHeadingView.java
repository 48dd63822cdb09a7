package org.ammreader.ui.reader;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.ammreader.i18n.Messages;
import org.ammreader.viewmodel.ReaderHeading;
import org.ammreader.viewmodel.ReaderViewModel;

/**
 * The head of the document, above its paragraphs and on the same columns: in each language, the language's
 * name, the title, the date and the meeting it was adopted at (a link to that meeting on the timeline), then
 * the rendition note that says what this text is. Each part starts level in both columns, like the paragraphs.
 */
final class DocumentHeadingView extends Region {

    /** Space after each part (language, title, date and meeting, rendition), in ems. */
    private static final double[] SPACE_AFTER_EM = {0.25, 0.375, 0.875, 0};

    private final ReaderViewModel reader;
    private final Messages messages;
    private final List<Node> leftParts;
    private final List<Node> rightParts;
    private boolean single;

    DocumentHeadingView(ReaderViewModel reader, Messages messages) {
        this.reader = reader;
        this.messages = messages;
        getStyleClass().add("document-heading");
        leftParts = parts();
        rightParts = parts();
        // Both links lead to the same meeting: one stop for the Tab key is enough.
        rightParts.get(2).lookup(".meeting-link").setFocusTraversable(false);
        getChildren().addAll(leftParts);
        getChildren().addAll(rightParts);
    }

    private List<Node> parts() {
        Label language = new Label();
        language.setAlignment(Pos.TOP_LEFT);
        language.getStyleClass().add("column-language");
        Label title = new Label();
        title.getStyleClass().add("document-title");
        title.setWrapText(true);
        title.setAlignment(Pos.TOP_LEFT);
        Label date = new Label();
        date.getStyleClass().add("document-date");
        Label separator = new Label("·");
        separator.getStyleClass().add("document-date");
        Hyperlink meeting = new Hyperlink();
        meeting.getStyleClass().add("meeting-link");
        meeting.setTooltip(new Tooltip(messages.get("reader.meeting.tooltip")));
        meeting.setOnAction(event -> reader.followMeetingLink());
        FlowPane meta = new FlowPane(date, separator, meeting);
        meta.getStyleClass().add("document-meta");
        meta.setRowValignment(VPos.BASELINE);
        meta.setAlignment(Pos.TOP_LEFT);
        Label rendition = new Label();
        rendition.getStyleClass().add("document-rendition");
        rendition.setWrapText(true);
        rendition.setAlignment(Pos.TOP_LEFT);
        return List.of(language, title, meta, rendition);
    }

    void show(ReaderHeading left, ReaderHeading right, boolean singleColumn) {
        single = singleColumn;
        fill(leftParts, left);
        fill(rightParts, right);
        rightParts.forEach(part -> part.setVisible(!singleColumn));
        requestLayout();
    }

    private void fill(List<Node> parts, ReaderHeading heading) {
        ((Label) parts.get(0)).setText(LanguageNames.of(heading.language(), messages).toUpperCase(
                Locale.forLanguageTag(heading.language())));
        ((Label) parts.get(1)).setText(heading.title());
        FlowPane meta = (FlowPane) parts.get(2);
        ((Label) meta.getChildren().get(0)).setText(heading.date());
        meta.getChildren().get(1).setVisible(heading.meeting().isPresent());
        meta.getChildren().get(1).setManaged(heading.meeting().isPresent());
        Hyperlink meeting = (Hyperlink) meta.getChildren().get(2);
        meeting.setText(heading.meeting().orElse(""));
        meeting.setVisible(heading.meeting().isPresent());
        meeting.setManaged(heading.meeting().isPresent());
        ((Label) parts.get(3)).setText(heading.rendition());
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        ColumnLayout layout = ColumnLayout.of(width, reader.textSizeProperty().get(), single);
        double height = 0;
        for (int part = 0; part < leftParts.size(); part++) {
            height += partHeight(part, layout) + space(part);
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    private double partHeight(int part, ColumnLayout layout) {
        double height = leftParts.get(part).prefHeight(layout.columnWidth());
        return single ? height : Math.max(height, rightParts.get(part).prefHeight(layout.columnWidth()));
    }

    private double space(int part) {
        return SPACE_AFTER_EM[part] * reader.textSizeProperty().get();
    }

    @Override
    protected void layoutChildren() {
        ColumnLayout layout = ColumnLayout.of(getWidth(), reader.textSizeProperty().get(), single);
        double y = snappedTopInset();
        for (int part = 0; part < leftParts.size(); part++) {
            double height = partHeight(part, layout);
            leftParts.get(part).resizeRelocate(layout.leftX(), y, layout.columnWidth(), height);
            rightParts.get(part).resizeRelocate(layout.rightX(), y, layout.columnWidth(), height);
            y += height + space(part);
        }
    }
}
