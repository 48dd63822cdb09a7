package org.ammreader.cli;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ammreader.info.AppInfo;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
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
            err.println(text("usage.prefix") + text(e.key(), e.args().toArray()));
            err.println(text("usage.seeHelp"));
            return INVALID;
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
            case WINDOW -> throw new IllegalArgumentException("the window is not a command-line command");
        };
    }

    private int validate(CommandLine commandLine) {
        String name = commandLine.model().map(Object::toString).orElse(ModelLoader.BUNDLED_NAME);
        try {
            Model model = commandLine.model().isPresent() ? loader.load(commandLine.model().get())
                    : loader.loadBundled();
            out.println(text("validate.ok", name, model.meetings().size(), model.dayCount(),
                    model.documents().size(), model.areas().size()));
            return OK;
        } catch (ModelException e) {
            e.describe(locale).forEach(err::println);
            if (e.kind() == ModelException.Kind.UNREADABLE) {
                return FAILURE;
            }
            err.println(text("validate.invalid", e.file(), e.problems().size()));
            return INVALID;
        }
    }

    private String text(String key, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }
}
