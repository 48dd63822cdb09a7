package org.ammreader.ui;

import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.ammreader.model.Area;

/**
 * The small coloured disc that stands for a cooperation area beside its name. Area colours are data, so they
 * mark the disc only; the name itself stays in the text colour, readable whatever the area's colour.
 */
public final class AreaSwatch {

    private AreaSwatch() {
    }

    public static Circle of(Area area) {
        Circle dot = new Circle(5);
        dot.getStyleClass().add("area-swatch");
        recolour(dot, area);
        return dot;
    }

    /**
     * Names the area a disc stands for, where no name is written beside it (the agenda): a tooltip for the
     * pointer and the accessible text for a screen reader. Called again when a list cell reuses the disc.
     */
    public static void name(Circle dot, String name) {
        Tooltip tip = (Tooltip) dot.getProperties().computeIfAbsent(Tooltip.class, key -> {
            Tooltip installed = new Tooltip();
            Tooltip.install(dot, installed);
            return installed;
        });
        tip.setText(name);
        dot.setAccessibleText(name);
    }

    /** Makes {@code dot}, made by {@link #of}, stand for {@code area}: a list cell reuses its discs. */
    public static void recolour(Circle dot, Area area) {
        dot.setFill(Color.web(area.color()));
    }
}
