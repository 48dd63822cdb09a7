package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ammreader.i18n.Messages;
import org.junit.jupiter.api.Test;

/** README's "Keyboard" table and Help → Keyboard shortcuts come from one list: they cannot drift apart. */
class KeyboardShortcutReadmeTest {

    /** The rows of README's table under "### Keyboard", cells stripped of Markdown's bold and italics. */
    private static List<String> readmeRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int heading = lines.indexOf("### Keyboard");
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(heading + 4, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            rows.add(String.join(" | ", Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                    .map(cell -> cell.replace("*", "").strip()).toList()));
        }
        return rows;
    }

    @Test
    void readmeTableIsTheEnumInEnglish() throws IOException {
        Messages english = Messages.forLanguage("en");
        List<String> fromEnum = Arrays.stream(KeyboardShortcut.values())
                .map(s -> s.where().text(english) + " | " + s.keys(english) + " | " + s.what(english)).toList();
        assertEquals(fromEnum, readmeRows());
    }
}
