package org.ammreader.ui;

import java.text.NumberFormat;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.ammreader.export.PictureRequest;
import org.ammreader.export.PngExporter;
import org.ammreader.i18n.Messages;
import org.ammreader.ui.theme.Appearance;

/**
 * Asks how to export the timeline: the scale (1× to 4×, 2× by default), the range (the whole week, or what the
 * screen shows) and whether to keep the screen's zoom. It shows the size of the picture as the choices change,
 * and refuses, before any drawing, a picture this computer cannot make.
 */
final class ExportPngDialog {

    private final Messages messages;
    private final Appearance appearance;
    private final Function<PngExportChoice, PictureRequest> requests;
    private final PngExporter exporter;

    ExportPngDialog(Messages messages, Appearance appearance, Function<PngExportChoice, PictureRequest> requests,
                    PngExporter exporter) {
        this.messages = messages;
        this.appearance = appearance;
        this.requests = requests;
        this.exporter = exporter;
    }

    Optional<PngExportChoice> ask(Window owner, int lastScale) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        appearance.dress(dialog, FxDialogService.SHEETS);
        dialog.setTitle(messages.get("png.title"));
        dialog.setHeaderText(messages.get("png.header"));
        ButtonType export = new ButtonType(messages.get("png.export"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export,
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        ToggleGroup scales = new ToggleGroup();
        HBox scaleButtons = new HBox(4);
        for (int scale = PictureRequest.MIN_SCALE; scale <= PictureRequest.MAX_SCALE; scale++) {
            ToggleButton button = new ToggleButton(scale + "\u00d7");
            button.setUserData(scale);
            button.setToggleGroup(scales);
            button.getStyleClass().add("png-scale");
            button.setSelected(scale == lastScale);
            scaleButtons.getChildren().add(button);
        }
        ToggleGroup ranges = new ToggleGroup();
        RadioButton week = new RadioButton(messages.get("png.range.week"));
        week.setToggleGroup(ranges);
        week.setSelected(true);
        RadioButton visible = new RadioButton(messages.get("png.range.visible"));
        visible.setToggleGroup(ranges);
        visible.getStyleClass().add("png-range-visible");
        CheckBox screenZoom = new CheckBox(messages.get("png.screenZoom"));
        screenZoom.getStyleClass().add("png-screen-zoom");
        Label size = new Label();
        size.getStyleClass().add("png-size");
        size.setWrapText(true);
        size.setMaxWidth(420);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        grid.setPadding(new Insets(16, 24, 8, 24));
        grid.addRow(0, new Label(messages.get("png.scale")), scaleButtons);
        grid.addRow(1, new Label(messages.get("png.range")), new HBox(16, week, visible));
        grid.add(screenZoom, 1, 2);
        grid.add(size, 1, 3);
        dialog.getDialogPane().setContent(grid);

        Runnable update = () -> {
            // A scale button pressed again would leave none chosen: keep the last one.
            if (scales.getSelectedToggle() == null) {
                scales.selectToggle(scaleButtons.getChildren().stream().map(ToggleButton.class::cast)
                        .filter(b -> (int) b.getUserData() == lastScale).findFirst().orElseThrow());
            }
            PngExportChoice choice = choice(scales, visible, screenZoom);
            boolean fits = describe(choice, size);
            dialog.getDialogPane().lookupButton(export).setDisable(!fits);
        };
        scales.selectedToggleProperty().addListener((obs, old, now) -> update.run());
        ranges.selectedToggleProperty().addListener((obs, old, now) -> update.run());
        screenZoom.selectedProperty().addListener((obs, old, now) -> update.run());
        update.run();

        return dialog.showAndWait().filter(export::equals).map(b -> choice(scales, visible, screenZoom));
    }

    private static PngExportChoice choice(ToggleGroup scales, RadioButton visible, CheckBox screenZoom) {
        int scale = (int) scales.getSelectedToggle().getUserData();
        return new PngExportChoice(scale, visible.isSelected(), screenZoom.isSelected());
    }

    /** Writes the picture's size, or why it cannot be made; true when it can. */
    private boolean describe(PngExportChoice choice, Label size) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(messages.locale());
        try {
            PngExporter.Size measured = exporter.measure(requests.apply(choice));
            long pixels = (long) measured.width() * measured.height();
            boolean fits = measured.height() <= PngExporter.MAX_HEIGHT && pixels <= exporter.maxPixels();
            size.setText(fits
                    ? messages.get("png.size", numbers.format(measured.width()), numbers.format(measured.height()))
                    : messages.get("png.tooLarge", numbers.format(measured.width()), numbers.format(measured.height()),
                            numbers.format(exporter.maxPixels() / 1_000_000)));
            size.getStyleClass().removeAll("png-size-refused");
            if (!fits) {
                size.getStyleClass().add("png-size-refused");
            }
            return fits;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
