package org.ammreader.ui.filter;

import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ammreader.filter.AreaCounts;
import org.ammreader.filter.AreaFilter;
import org.ammreader.filter.FilterInWords;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Area;
import org.ammreader.model.Model;
import org.ammreader.ui.AreaSwatch;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.viewmodel.MainViewModel;

/**
 * The cooperation-area filter: a button that opens a panel of area chips (colour, name, number of meetings)
 * with "All" and "None", and beside it, in words, what the filter shows now. One filter for the whole app.
 * The panel unfolds under the toolbar rather than in a popup window: popups are transparent windows, which
 * some Linux desktops without a compositor draw as garbage.
 */
public final class AreaFilterControl extends HBox {

    private static final int SUMMARY_NAMES = 3;

    private final MainViewModel viewModel;
    private final Messages messages;
    private final Button open = new Button();
    private final Label summary = new Label();
    private final FlowPane chips = new FlowPane(6, 6);
    private final VBox panel;
    private final ViewLifetime life;
    private ActorFilterSection actors;

    /** @param life the control's lifetime: its listeners on the view-model end with it */
    public AreaFilterControl(MainViewModel viewModel, Messages messages, ViewLifetime life) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.life = life;
        getStyleClass().add("area-filter");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        open.setText(messages.get("filter.areas"));
        open.getStyleClass().add("area-filter-button");
        open.setMnemonicParsing(true);
        summary.getStyleClass().add("area-filter-summary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        chips.getStyleClass().add("area-chips");
        getChildren().addAll(open, summary);

        panel = new VBox(10);
        panel.getStyleClass().add("area-filter-panel");
        panel.setVisible(false);
        panel.managedProperty().bind(panel.visibleProperty());
        open.setOnAction(e -> toggle());
        panel.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                toggle();
                event.consume();
            }
        });

        // Alt+P: straight to the people and delegations, from anywhere in the window.
        sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN),
                        this::focusActors);
            }
        });
        life.add(viewModel.modelProperty().subscribe((old, now) -> rebuildChips()));
        life.add(viewModel.contentLanguageProperty().subscribe((old, now) -> rebuildChips()));
        life.add(viewModel.areaFilterProperty().subscribe((old, now) -> refresh()));
        rebuildChips();
    }

    /** The panel of chips, which the window places under its toolbar. */
    public Node panel() {
        return panel;
    }

    /** Opens the panel with the keyboard in the search of people and delegations. */
    public void focusActors() {
        if (!panel.isVisible()) {
            toggle();
        }
        actors.focusSearch();
    }

    /** Opens the panel with the keyboard in it, or closes it and gives the keyboard back to the button. */
    private void toggle() {
        // Filled when first opened: its thirty-odd controls would otherwise be styled and skinned at start-up.
        if (panel.getChildren().isEmpty()) {
            actors = new ActorFilterSection(viewModel, messages, life);
            panel.getChildren().setAll(actions(), chips, actors);
        }
        panel.setVisible(!panel.isVisible());
        if (panel.isVisible()) {
            chips.getChildren().stream().findFirst().ifPresent(Node::requestFocus);
        } else {
            open.requestFocus();
        }
    }

    private HBox actions() {
        Button all = new Button(messages.get("filter.all"));
        all.getStyleClass().add("filter-all");
        all.setOnAction(e -> viewModel.areaFilterProperty().set(viewModel.areaFilterProperty().get()
                .withAreas(AreaFilter.ALL)));
        Button none = new Button(messages.get("filter.none"));
        none.getStyleClass().add("filter-none");
        none.setOnAction(e -> viewModel.areaFilterProperty().set(viewModel.areaFilterProperty().get()
                .withAreas(AreaFilter.NONE)));
        CheckBox fade = new CheckBox(messages.get("filter.fade"));
        fade.getStyleClass().add("filter-fade");
        life.bindBidirectional(fade.selectedProperty(), viewModel.fadeFilteredProperty());
        Label title = new Label(messages.get("filter.title"));
        title.getStyleClass().add("area-filter-title");
        Button close = new Button(messages.get("filter.close"));
        close.getStyleClass().add("filter-close");
        close.setOnAction(e -> toggle());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox actions = new HBox(8, title, all, none, space, fade, close);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private void rebuildChips() {
        chips.getChildren().clear();
        Model model = viewModel.modelProperty().get();
        if (model == null) {
            return;
        }
        String language = viewModel.contentLanguageProperty().get();
        Map<String, Integer> counts = AreaCounts.of(model);
        List<String> allIds = model.areas().stream().map(Area::id).toList();
        for (Area area : model.areas()) {
            ToggleButton chip = new ToggleButton(area.label().get(language) + "  " + counts.get(area.id()),
                    AreaSwatch.of(area));
            chip.getStyleClass().add("area-toggle");
            chip.setUserData(area.id());
            chip.setOnAction(e -> viewModel.areaFilterProperty().set(
                    viewModel.areaFilterProperty().get().toggle(area.id(), allIds)));
            chips.getChildren().add(chip);
        }
        refresh();
    }

    private void refresh() {
        AreaFilter filter = viewModel.areaFilterProperty().get();
        chips.getChildren().forEach(node -> ((ToggleButton) node).setSelected(filter.includes((String) node.getUserData())));
        summary.setText(describe(filter));
    }

    /** The filter in words: "All areas", "No area", or the names of the areas chosen. */
    private String describe(AreaFilter filter) {
        return FilterInWords.say(viewModel.modelProperty().get(), filter, viewModel.contentLanguageProperty().get(),
                new FilterInWords.Phrases() {
                    @Override
                    public String all(int count) {
                        return messages.get("filter.summary.all");
                    }

                    @Override
                    public String none() {
                        return messages.get("filter.summary.none");
                    }

                    @Override
                    public String some(List<String> names) {
                        return names.size() <= SUMMARY_NAMES ? String.join(" · ", names)
                                : messages.get("filter.summary.many",
                                        String.join(" · ", names.subList(0, SUMMARY_NAMES)), names.size() - SUMMARY_NAMES);
                    }
                });
    }
}
