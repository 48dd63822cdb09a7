package org.ammreader.cli;

import java.util.List;

/** The command line is not one the application understands (exit status 2). */
public final class UsageException extends Exception {

    private final String key;
    private final List<Object> args;

    public UsageException(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
