package org.ammreader.ui.theme;

import java.util.Optional;
import org.ammreader.settings.ThemeChoice;

/** Reads whether the desktop prefers light or dark windows. */
@FunctionalInterface
public interface SystemTheme {

    /** {@link ThemeChoice#LIGHT} or {@link ThemeChoice#DARK}; empty where the desktop's preference cannot be read. */
    Optional<ThemeChoice> read();
}
