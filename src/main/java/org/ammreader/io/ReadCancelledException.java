package org.ammreader.io;

/** The reading of a model file was stopped at the request of its {@link ReadProgress}; no model comes of it. */
public final class ReadCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReadCancelledException(String file) {
        super("the reading of " + file + " was cancelled");
    }
}
