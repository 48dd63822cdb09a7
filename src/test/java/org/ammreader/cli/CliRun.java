package org.ammreader.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;

/** The command line run as a user runs it, in English, keeping what it printed on each stream. */
final class CliRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs the command line with {@code args} and returns its exit status. */
    int run(String... args) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), Locale.ENGLISH, new ModelLoader(JsonMappers.create()));
        return cli.run(args);
    }

    /** All that the runs so far printed on standard output. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** All that the runs so far printed on standard error. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
