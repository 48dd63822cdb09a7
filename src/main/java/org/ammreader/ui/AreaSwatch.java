package org.ammreader.ui;

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

    /** Makes {@code dot}, made by {@link #of}, stand for {@code area}: a list cell reuses its discs. */
    public static void recolour(Circle dot, Area area) {
        dot.setFill(Color.web(area.color()));
    }
}
