package org.ammreader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import org.ammreader.briefing.BriefingComposer;
import org.ammreader.briefing.BriefingContent;
import org.ammreader.briefing.BriefingPeriod;
import org.ammreader.briefing.PaperSize;
import org.ammreader.briefing.PdfBriefingWriter;
import org.ammreader.calendar.CalendarWriter;
import org.ammreader.export.PictureRequest;
import org.ammreader.timeline.LaneGrouping;
import org.ammreader.export.PictureTooLargeException;
import org.ammreader.export.PngExporter;
import org.ammreader.filter.ActorFilter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.info.AppInfo;
import org.ammreader.io.AtomicFiles;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.synthetic.SyntheticModel;
import org.ammreader.io.WriteFailure;
import org.ammreader.model.Area;
import org.ammreader.model.Delegation;
import org.ammreader.model.Person;
import org.ammreader.model.Model;

/** Runs the commands that need no window and returns the process's exit status. */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int INVALID = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final ResourceBundle texts;
    private final ModelLoader loader;

    public Cli(PrintStream out, PrintStream err, Locale locale, ModelLoader loader) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("org.ammreader.cli.cli", locale);
        this.loader = loader;
    }

    /** Parses {@code args} and runs the command; usage mistakes are explained on the error stream. */
    public int run(String... args) {
        try {
            return run(CommandLine.parse(args));
        } catch (UsageException e) {
            return usage(e.key(), e.args().toArray());
        }
    }

    public int run(CommandLine commandLine) {
        return switch (commandLine.command()) {
            case HELP -> {
                out.print(text("help", AppInfo.name(), AppInfo.version()));
                yield OK;
            }
            case VERSION -> {
                out.println(AppInfo.name() + " " + AppInfo.version());
                yield OK;
            }
            case VALIDATE -> validate(commandLine);
            case BRIEFING -> briefing(commandLine);
            case EXPORT_PNG -> exportPng(commandLine);
            case EXPORT_ICS -> exportIcs(commandLine);
            case GENERATE_MODEL -> generate(commandLine);
            case WINDOW -> throw new IllegalArgumentException("the window is not a command-line command");
        };
    }

    private int validate(CommandLine commandLine) {
        String name = commandLine.model().map(Object::toString).orElse(ModelLoader.BUNDLED_NAME);
        try {
            Model model = load(commandLine);
            out.println(text("validate.ok", name, model.meetings().size(), model.dayCount(),
                    model.documents().size(), model.areas().size()));
            return OK;
        } catch (ModelException e) {
            return modelFailure(e);
        }
    }

    /**
     * Writes the briefing sheet as PDF. It needs no display and starts no JavaFX: the sheet is laid out by
     * PDFBox alone. The file appears complete or not at all.
     */
    private int briefing(CommandLine commandLine) {
        return writeFromModel(commandLine, (model, language, filter, target) -> {
            // Without --from or --to the sheet covers the model's first or last day; --from alone after the last
            // day (or --to alone before the first) leaves a period that ends before it starts.
            LocalDate from = commandLine.from().orElse(model.startDate());
            LocalDate to = commandLine.to().orElse(model.endDate());
            if (from.isAfter(to)) {
                return usage("usage.fromAfterTo", from.toString(), to.toString());
            }
            BriefingPeriod period = new BriefingPeriod(from, to);
            BriefingContent content = new BriefingComposer(Clock.systemDefaultZone()).compose(model, filter,
                    period, language, false);
            AtomicInteger pages = new AtomicInteger();
            AtomicFiles.write(target, stream -> pages.set(new PdfBriefingWriter().write(content, PaperSize.A4,
                    stream)));
            out.println(text("briefing.written", target, pages.get()));
            return OK;
        });
    }

    /**
     * Draws the whole week's timeline as a PNG. JavaFX draws it, on Monocle's headless platform, so no display
     * is needed. The file appears complete or not at all.
     */
    private int exportPng(CommandLine commandLine) {
        return writeFromModel(commandLine, (model, language, filter, target) -> {
            PictureRequest request = PictureRequest.wholeWeek(model, filter, language, LaneGrouping.TRACKS,
                    commandLine.scale(),
                    LocalDate.now(), AppInfo.version());
            try {
                HeadlessToolkit.start();
                PngExporter.Size size = new PngExporter().export(request, target, (done, total) -> { });
                out.println(text("png.written", target, size.width(), size.height()));
                return OK;
            } catch (PictureTooLargeException e) {
                err.println(text("png.tooLarge", target, e.width(), e.height(), e.maxPixels() / 1_000_000));
                return FAILURE;
            } finally {
                HeadlessToolkit.stop();
            }
        });
    }

    /** Writes the meetings as an iCalendar file; no toolkit needed. The file appears complete or not at all. */
    private int exportIcs(CommandLine commandLine) {
        return writeFromModel(commandLine, (model, language, filter, target) -> {
            int events = new CalendarWriter(model, filter, language).write(target, Instant.now(),
                    AppInfo.name() + " " + AppInfo.version());
            out.println(text("ics.written", target, events));
            return OK;
        });
    }

    /** Writes a synthetic model for trying the application at scale; the file appears complete or not at all. */
    private int generate(CommandLine commandLine) {
        Path target = commandLine.target().orElseThrow();
        SyntheticModel model = new SyntheticModel(commandLine.meetings());
        try {
            AtomicFiles.write(target, model::write);
        } catch (IOException e) {
            return writeFailed(target, e);
        }
        out.println(text("generate.written", target, model.meetings(), model.days()));
        return OK;
    }

    /** A command that writes a file from the model, given the content language and areas chosen. */
    private interface ModelWriter {
        int write(Model model, String language, AreaFilter filter, Path target) throws IOException,
                InterruptedException;
    }

    /**
     * Loads the model, checks --lang and --areas against it, then runs {@code writer}: the steps and the exit
     * statuses every command that writes from the model shares.
     */
    private int writeFromModel(CommandLine commandLine, ModelWriter writer) {
        Model model;
        try {
            model = load(commandLine);
        } catch (ModelException e) {
            return modelFailure(e);
        }
        Optional<Integer> wrong = checkContentChoice(model, commandLine);
        if (wrong.isPresent()) {
            return wrong.get();
        }
        Path target = commandLine.target().orElseThrow();
        try {
            return writer.write(model, language(model, commandLine), filter(commandLine), target);
        } catch (IOException e) {
            return writeFailed(target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILURE;
        }
    }

    private int writeFailed(Path target, IOException e) {
        err.println(text("write.failed", target, describe(WriteFailure.of(target, e))));
        return FAILURE;
    }

    /** A usage error's exit status when --lang or --areas name something the model does not have. */
    private Optional<Integer> checkContentChoice(Model model, CommandLine commandLine) {
        String language = language(model, commandLine);
        if (!model.languages().contains(language)) {
            return Optional.of(usage("usage.unknownLanguage", language, String.join(", ", model.languages())));
        }
        List<String> known = model.areas().stream().map(Area::id).toList();
        for (String area : commandLine.areas()) {
            if (!known.contains(area)) {
                return Optional.of(usage("usage.unknownArea", area, String.join(", ", known)));
            }
        }
        return checkActors(model, commandLine);
    }

    /** A usage error's exit status when --delegations or --people name an actor the model does not declare. */
    private Optional<Integer> checkActors(Model model, CommandLine commandLine) {
        List<String> delegations = model.delegations().stream().map(Delegation::id).toList();
        for (String delegation : commandLine.delegations()) {
            if (!delegations.contains(delegation)) {
                return Optional.of(usage("usage.unknownDelegation", delegation, known(delegations)));
            }
        }
        List<String> people = model.people().stream().map(Person::id).toList();
        for (String person : commandLine.people()) {
            if (!people.contains(person)) {
                return Optional.of(usage("usage.unknownPerson", person, known(people)));
            }
        }
        return Optional.empty();
    }

    private String known(List<String> ids) {
        return ids.isEmpty() ? text("usage.noneDeclared") : String.join(", ", ids);
    }

    private static String language(Model model, CommandLine commandLine) {
        return commandLine.language().orElse(model.languages().get(0));
    }

    private static AreaFilter filter(CommandLine commandLine) {
        AreaFilter areas = commandLine.areas().isEmpty() ? AreaFilter.ALL : AreaFilter.of(commandLine.areas());
        List<String> actors = new ArrayList<>(commandLine.delegations());
        actors.addAll(commandLine.people());
        return areas.withActors(ActorFilter.of(actors));
    }

    private String describe(WriteFailure failure) {
        return switch (failure.kind()) {
            case FOLDER_MISSING -> text("write.folderMissing", failure.folder());
            case IS_FOLDER -> text("write.isFolder");
            case DENIED -> text("write.denied", failure.folder());
            case DISK_FULL -> text("write.diskFull");
            case OTHER -> text("write.other", failure.detail());
        };
    }

    private Model load(CommandLine commandLine) throws ModelException {
        return commandLine.model().isPresent() ? loader.load(commandLine.model().get()) : loader.loadBundled();
    }

    private int modelFailure(ModelException e) {
        e.describe(locale).forEach(err::println);
        if (e.kind() == ModelException.Kind.UNREADABLE) {
            return FAILURE;
        }
        err.println(e.isCutShort() ? text("validate.invalid.more", e.file(), e.problems().size())
                : text("validate.invalid", e.file(), e.problems().size()));
        return INVALID;
    }

    private int usage(String key, Object... args) {
        err.println(text("usage.prefix") + text(key, args));
        err.println(text("usage.seeHelp"));
        return INVALID;
    }

    private String text(String key, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }
}
