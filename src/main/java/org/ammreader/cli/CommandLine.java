package org.ammreader.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ammreader.synthetic.SyntheticModel;

/**
 * The parsed command line (the contract README documents under "Command line"). With no command option the
 * window opens; otherwise one command runs without a window and the process exits with its status.
 *
 * @param target   the file a writing command writes (--briefing FILE, --export-png FILE, --export-ics FILE,
 *                 --generate-model N FILE)
 * @param scale    the picture's scale for --export-png, 1 to 4
 * @param areas    the area ids chosen with --areas; empty means every area
 * @param language the content language chosen with --lang; empty means the model's first
 * @param meetings how many meetings --generate-model writes (0 for the other commands)
 * @param from     the first day of the briefing's period (--from); empty means the model's first
 * @param to       the last day of the briefing's period (--to); empty means the model's last
 * @param delegations the delegation ids chosen with --delegations: only the meetings that involve all of them
 * @param people   the person ids chosen with --people: only the meetings that name all of them
 */
public record CommandLine(Command command, Optional<Path> model, Optional<Path> target, List<String> areas,
                          Optional<String> language, int scale, int meetings, Optional<LocalDate> from,
                          Optional<LocalDate> to, List<String> delegations, List<String> people) {

    public enum Command { WINDOW, HELP, VERSION, VALIDATE, BRIEFING, EXPORT_PNG, EXPORT_ICS, GENERATE_MODEL }

    /** The commands that take --areas, --delegations, --people and --lang: those that render the model's content. */
    private static final Set<Command> RENDERING = Set.of(Command.BRIEFING, Command.EXPORT_PNG, Command.EXPORT_ICS);

    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 4;
    public static final int DEFAULT_SCALE = 2;

    public CommandLine {
        areas = List.copyOf(areas);
        delegations = List.copyOf(delegations);
        people = List.copyOf(people);
    }

    public static CommandLine parse(String... args) throws UsageException {
        Command command = Command.WINDOW;
        Path model = null;
        Path target = null;
        List<String> areas = List.of();
        List<String> delegations = List.of();
        List<String> people = List.of();
        String language = null;
        String renderingOption = null;
        Integer scale = null;
        int meetings = 0;
        LocalDate from = null;
        LocalDate to = null;
        String periodOption = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> command = choose(command, Command.HELP, arg);
                case "--version", "-V" -> command = choose(command, Command.VERSION, arg);
                case "--validate" -> command = choose(command, Command.VALIDATE, arg);
                case "--briefing" -> {
                    command = choose(command, Command.BRIEFING, arg);
                    target = Path.of(value(args, ++i, arg));
                }
                case "--export-png" -> {
                    command = choose(command, Command.EXPORT_PNG, arg);
                    target = Path.of(value(args, ++i, arg));
                }
                case "--export-ics" -> {
                    command = choose(command, Command.EXPORT_ICS, arg);
                    target = Path.of(value(args, ++i, arg));
                }
                case "--generate-model" -> {
                    command = choose(command, Command.GENERATE_MODEL, arg);
                    meetings = meetingCount(value(args, ++i, arg));
                    target = Path.of(value(args, ++i, arg));
                }
                case "--scale" -> scale = scale(value(args, ++i, arg));
                case "--from" -> {
                    from = date(value(args, ++i, arg), arg);
                    periodOption = arg;
                }
                case "--to" -> {
                    to = date(value(args, ++i, arg), arg);
                    periodOption = arg;
                }
                case "--model" -> model = Path.of(value(args, ++i, arg));
                case "--areas" -> {
                    areas = ids(value(args, ++i, arg), arg);
                    renderingOption = arg;
                }
                case "--delegations" -> {
                    delegations = ids(value(args, ++i, arg), arg);
                    renderingOption = arg;
                }
                case "--people" -> {
                    people = ids(value(args, ++i, arg), arg);
                    renderingOption = arg;
                }
                case "--lang" -> {
                    language = value(args, ++i, arg);
                    renderingOption = arg;
                }
                default -> {
                    // A lone file name is the model, as a file manager or a desktop entry passes it (docs/adr/0013).
                    if (arg.startsWith("-") || model != null) {
                        throw new UsageException(arg.startsWith("-") ? "usage.unknownOption" : "usage.unexpected",
                                arg);
                    }
                    model = Path.of(arg);
                }
            }
        }
        if (renderingOption != null && !RENDERING.contains(command) && command != Command.HELP
                && command != Command.VERSION) {
            throw new UsageException("usage.onlyWithOutput", renderingOption);
        }
        if (model != null && command == Command.GENERATE_MODEL) {
            throw new UsageException("usage.modelWithGenerate");
        }
        if (scale != null && command != Command.EXPORT_PNG && command != Command.HELP && command != Command.VERSION) {
            throw new UsageException("usage.onlyWithPng", "--scale");
        }
        if (periodOption != null && command != Command.BRIEFING && command != Command.HELP
                && command != Command.VERSION) {
            throw new UsageException("usage.onlyWithBriefing", periodOption);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("usage.fromAfterTo", from.toString(), to.toString());
        }
        return new CommandLine(command, Optional.ofNullable(model), Optional.ofNullable(target), areas,
                Optional.ofNullable(language), scale == null ? DEFAULT_SCALE : scale, meetings,
                Optional.ofNullable(from), Optional.ofNullable(to), delegations, people);
    }

    /** The day of --from or --to, written as ISO 8601 (2019-08-01), the one way that reads alike everywhere. */
    private static LocalDate date(String value, String option) throws UsageException {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("usage.badDate", option, value);
        }
    }

    /** The N of --generate-model: a whole number of meetings from 1 to the generator's maximum. */
    private static int meetingCount(String value) throws UsageException {
        try {
            int count = Integer.parseInt(value.strip());
            if (count >= 1 && count <= SyntheticModel.MAX_MEETINGS) {
                return count;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the value the user gave.
        }
        throw new UsageException("usage.badMeetingCount", value, SyntheticModel.MAX_MEETINGS);
    }

    /** The --scale of a picture: a whole number from 1 to 4. */
    private static int scale(String value) throws UsageException {
        try {
            int scale = Integer.parseInt(value.strip());
            if (scale >= MIN_SCALE && scale <= MAX_SCALE) {
                return scale;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the value the user gave.
        }
        throw new UsageException("usage.badScale", value);
    }

    /**
     * The ids of --areas, --delegations or --people: "cyber,maritime" → [cyber, maritime]; blanks around commas
     * are forgiven, an empty list is not.
     */
    private static List<String> ids(String value, String option) throws UsageException {
        List<String> ids = Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
        if (ids.isEmpty()) {
            throw new UsageException("usage.missingValue", option);
        }
        return ids;
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
