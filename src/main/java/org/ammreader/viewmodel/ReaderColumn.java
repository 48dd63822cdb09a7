package org.ammreader.viewmodel;

/** The two columns of the reader; in one-language mode only the left one is shown. */
public enum ReaderColumn {
    LEFT, RIGHT
}
