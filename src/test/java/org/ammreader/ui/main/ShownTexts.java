package org.ammreader.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The texts a user can read on screen: every showing window's title, labels, texts, tooltips, menus and tabs. */
final class ShownTexts {

    private ShownTexts() {
    }

    /** Every text of every showing window; call on the JavaFX thread. */
    static List<String> ofAllWindows() {
        List<String> texts = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                if (window instanceof Stage stage) {
                    texts.add(stage.getTitle());
                }
                collect(window.getScene().getRoot(), texts);
            }
        }
        texts.removeIf(text -> text == null || text.isBlank());
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof Text text) {
            texts.add(text.getText());
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getPromptText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            texts.add(control.getTooltip().getText());
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> collect(menu, texts));
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getText).forEach(texts::add);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static void collect(MenuItem item, List<String> texts) {
        texts.add(item.getText() == null ? null : item.getText().replace("_", ""));
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, texts));
        }
    }

    /**
     * The interface's English texts that French writes otherwise, as patterns matching a whole shown text: a
     * text's {0}-like arguments match anything, its mnemonic underscore is dropped.
     */
    static List<Pattern> englishOnly() throws IOException {
        Properties english = load("messages_en.properties");
        Properties french = load("messages_fr.properties");
        List<Pattern> patterns = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key).replace("_", "").replace("''", "'");
            if (!text.equals(french.getProperty(key, "").replace("_", "").replace("''", "'"))
                    && text.replaceAll("\\{[^}]*}", "").strip().length() >= 3) {
                StringBuilder regex = new StringBuilder();
                for (String literal : text.split("\\{[^}]*}", -1)) {
                    regex.append(regex.length() == 0 ? "" : ".*").append(Pattern.quote(literal));
                }
                patterns.add(Pattern.compile(regex.toString(), Pattern.DOTALL));
            }
        }
        // JavaFX's own buttons (ButtonType.CANCEL, CLOSE…) speak the JVM's language, not the interface's.
        for (String javafx : List.of("Cancel", "Close", "Yes", "No", "Apply", "Finish", "Next", "Previous")) {
            patterns.add(Pattern.compile(Pattern.quote(javafx)));
        }
        return patterns;
    }

    /** The shown texts that are English: each with the English text it matches. */
    static List<String> english(List<String> shown, List<Pattern> english) {
        List<String> found = new ArrayList<>();
        for (String text : shown) {
            english.stream().filter(p -> p.matcher(text).matches()).findFirst()
                    .ifPresent(p -> found.add("\"" + text + "\" (English: " + p.pattern() + ")"));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ShownTexts.class.getResourceAsStream("/org/ammreader/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
