package org.ammreader.ui.filter;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.ammreader.filter.AreaFilter;
import org.ammreader.i18n.Messages;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.viewmodel.MainViewModel;

/**
 * "No meeting matches the filter · Show all areas", over a view the area filter has emptied: a blank timeline or
 * agenda read as a broken one. Shown only while a model is open and the filter leaves none of its meetings.
 */
public final class FilterEmptyNote extends HBox {

    /** @param life the note's lifetime: its listeners on the view-model end with it */
    public FilterEmptyNote(MainViewModel viewModel, Messages messages, ViewLifetime life) {
        super(4);
        getStyleClass().add("filter-empty");
        setAlignment(Pos.CENTER);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setPickOnBounds(false);
        Label text = new Label(messages.get("filter.empty"));
        text.getStyleClass().add("filter-empty-text");
        Hyperlink showAll = new Hyperlink(messages.get("filter.empty.showAll"));
        showAll.getStyleClass().add("filter-empty-show-all");
        showAll.setOnAction(event -> viewModel.areaFilterProperty().set(AreaFilter.ALL));
        getChildren().addAll(text, showAll);
        Runnable update = () -> setVisible(viewModel.filterShowsNothing());
        life.add(viewModel.modelProperty().subscribe((old, now) -> update.run()));
        life.add(viewModel.areaFilterProperty().subscribe((old, now) -> update.run()));
        update.run();
    }
}
