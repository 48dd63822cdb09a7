package org.ammreader.settings;

/** The user's choice of colours for the window: always light, always dark, or as the desktop is set. */
public enum ThemeChoice {
    LIGHT,
    DARK,
    /** The desktop's preference where it can be read; light where it cannot. */
    SYSTEM
}
