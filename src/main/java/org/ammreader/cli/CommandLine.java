package org.ammreader.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The parsed command line (the contract README documents under "Command line"). With no command option the window opens; otherwise one
 * command runs without a window and the process exits with its status.
 */
public record CommandLine(Command command, Optional<Path> model) {

    public enum Command { WINDOW, HELP, VERSION, VALIDATE }

    public static CommandLine parse(String... args) throws UsageException {
        Command command = Command.WINDOW;
        Path model = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> command = choose(command, Command.HELP, arg);
                case "--version", "-V" -> command = choose(command, Command.VERSION, arg);
                case "--validate" -> command = choose(command, Command.VALIDATE, arg);
                case "--model" -> model = Path.of(value(args, ++i, arg));
                default -> throw new UsageException(arg.startsWith("-") ? "usage.unknownOption" : "usage.unexpected",
                        arg);
            }
        }
        return new CommandLine(command, Optional.ofNullable(model));
    }

    /** Help and version win over anything else; two other commands at once are a mistake. */
    private static Command choose(Command current, Command next, String option) throws UsageException {
        if (current == Command.WINDOW || next == Command.HELP || next == Command.VERSION && current != Command.HELP) {
            return next;
        }
        if (current == Command.HELP || current == Command.VERSION) {
            return current;
        }
        throw new UsageException("usage.twoCommands", option);
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException("usage.missingValue", option);
        }
        return args[index];
    }
}
