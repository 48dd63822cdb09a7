package org.ammreader.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ammreader.filter.AreaFilter;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Model;
import org.ammreader.typography.Fonts;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.viewmodel.ReaderViewModel;

/** The reader alone in a stage, wired as the main window wires it, with the state a test wants to drive. */
final class ReaderFixture {

    final ObjectProperty<Model> model;
    final StringProperty contentLanguage = new SimpleStringProperty("en");
    final ObjectProperty<AreaFilter> areaFilter = new SimpleObjectProperty<>(AreaFilter.ALL);
    final List<String> meetingsSelected = new ArrayList<>();
    final DoubleProperty textSize = new SimpleDoubleProperty(ReaderViewModel.DEFAULT_TEXT_SIZE);
    final ReaderViewModel reader;
    final ReaderView view;

    private ReaderFixture(Model shown, String uiLanguage) {
        model = new SimpleObjectProperty<>(shown);
        reader = new ReaderViewModel(model, contentLanguage, areaFilter, meetingsSelected::add, textSize);
        view = new ReaderView(reader, Messages.forLanguage(uiLanguage), new ViewLifetime());
    }

    /** Shows {@code shown} in a {@code width}×{@code height} scene with the theme and the reader's stylesheet. */
    static ReaderFixture show(Stage stage, Model shown, String uiLanguage, double width, double height) {
        Fonts.load();
        ReaderFixture fixture = new ReaderFixture(shown, uiLanguage);
        Scene scene = new Scene(fixture.view, width, height);
        scene.getStylesheets().setAll(sheet("/org/ammreader/ui/theme/light.css"), sheet(ReaderView.STYLESHEET));
        stage.setScene(scene);
        stage.show();
        return fixture;
    }

    private static String sheet(String resource) {
        return Objects.requireNonNull(ReaderFixture.class.getResource(resource), resource).toExternalForm();
    }
}
