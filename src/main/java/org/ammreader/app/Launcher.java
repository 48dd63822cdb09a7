package org.ammreader.app;

import java.util.Locale;
import org.ammreader.cli.Cli;
import org.ammreader.cli.CommandLine;
import org.ammreader.cli.UsageException;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;

/**
 * The entry point of the jar. A plain class, not an Application: started from the class path, JavaFX refuses
 * a main class that extends Application ("JavaFX runtime components are missing").
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (UsageException e) {
            System.exit(newCli().run(args));
            return;
        }
        if (commandLine.command() == CommandLine.Command.WINDOW) {
            AmmReaderApp.main(args);
        } else {
            System.exit(newCli().run(commandLine));
        }
    }

    private static Cli newCli() {
        return new Cli(System.out, System.err, Locale.getDefault(), new ModelLoader(JsonMappers.factory()));
    }
}
