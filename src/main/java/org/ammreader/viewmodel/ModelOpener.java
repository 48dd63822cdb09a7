package org.ammreader.viewmodel;

import java.nio.file.Path;
import org.ammreader.io.ModelException;
import org.ammreader.io.ReadProgress;
import org.ammreader.model.Model;

/** Reads a model file; the loader in production, anything in tests. */
@FunctionalInterface
public interface ModelOpener {
    /** Reads {@code file}, telling {@code progress} how far it got; it may stop when asked to (see ReadProgress). */
    Model open(Path file, ReadProgress progress) throws ModelException;
}
