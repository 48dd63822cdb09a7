package org.ammreader.viewmodel;

import java.nio.file.Path;
import org.ammreader.io.ModelException;
import org.ammreader.model.Model;

/** Reads a model file; the loader in production, anything in tests. */
@FunctionalInterface
public interface ModelOpener {
    Model open(Path file) throws ModelException;
}
