package org.ammreader.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ammreader.io.ModelException.Kind;
import org.ammreader.model.Model;

/**
 * Reads a model file and checks it completely: encoding, JSON syntax, shape and meaning. A valid file gives a
 * {@link Model}; anything else gives a {@link ModelException} listing every problem with its line, column and
 * JSON pointer. It never lets another exception escape for a bad file.
 * <p>
 * The file is streamed, never held whole in memory (see docs/adr/0002). A valid file is read once, from its bytes,
 * the meetings bound one by one as they are read (ADR 0030, 0034). A file with any problem is then read again as
 * strictly decoded text, to build the JSON tree with the place of everything, and, only when there are problems,
 * once more to find where they are (and once before that, keeping the pointer of every part, when the validator
 * found some: ADR 0032).
 */
public final class ModelLoader {

    /** The week this application was made for, packed into the application. */
    public static final String BUNDLED_RESOURCE = "/assets/models/amm52-bangkok-2019.json";
    public static final String BUNDLED_NAME = "amm52-bangkok-2019.json";

    /** Where a model's bytes come from; it can be opened more than once. */
    @FunctionalInterface
    private interface ByteSource {
        InputStream open() throws IOException;
    }

    private final JsonFactory factory;
    private final JsonTreeParser parser;
    private final long largestReadable;

    /** A loader reading with the parsers of {@code mapper}, the application's ({@link JsonMappers#create()}). */
    public ModelLoader(ObjectMapper mapper) {
        this(mapper.getFactory());
    }

    /**
     * A loader reading with the parsers of {@code factory} ({@link JsonMappers#factory()}): where no mapper is
     * needed otherwise, as on the command line, building one would take longer than reading a small model.
     */
    public ModelLoader(JsonFactory factory) {
        this(factory, Runtime.getRuntime().maxMemory() / 2);
    }

    /**
     * A loader that refuses files larger than {@code largestReadable} bytes before reading them: the JSON tree of a
     * file made of long texts takes about as much memory as the file, so a file larger than half the memory could
     * exhaust it.
     */
    ModelLoader(ObjectMapper mapper, long largestReadable) {
        this(mapper.getFactory(), largestReadable);
    }

    private ModelLoader(JsonFactory factory, long largestReadable) {
        this.factory = factory;
        this.parser = new JsonTreeParser(factory);
        this.largestReadable = largestReadable;
    }

    public Model loadBundled() throws ModelException {
        try (InputStream in = ModelLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled model is missing from the application: "
                        + BUNDLED_RESOURCE);
            }
            return load(in.readAllBytes(), BUNDLED_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled model", e);
        }
    }

    public Model load(Path file) throws ModelException {
        return load(file, ReadProgress.NONE);
    }

    /**
     * Reads {@code file}, telling {@code progress} how far the reading got.
     *
     * @throws ReadCancelledException when {@code progress} asks to stop
     */
    public Model load(Path file, ReadProgress progress) throws ModelException {
        String name = file.toString();
        long size;
        if (Files.isDirectory(file)) {
            throw unreadable(name, "problem.io.folder");
        }
        try {
            size = Files.size(file);
            if (size > JsonMappers.MAX_DOCUMENT_LENGTH) {
                throw unreadable(name, "problem.io.tooLarge", megabytes(size), JsonMappers.MAX_DOCUMENT_LENGTH / 1_000_000);
            }
            if (size > largestReadable) {
                throw unreadable(name, "problem.io.tooLargeForMemory", megabytes(size), largestReadable / 1_000_000);
            }
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        return load(() -> new ProgressInputStream(Files.newInputStream(file), size, progress, name), name);
    }

    /** Reads a model from its bytes; {@code name} is how messages refer to the file. */
    public Model load(byte[] bytes, String name) throws ModelException {
        return load(() -> new ByteArrayInputStream(bytes), name);
    }

    /**
     * Reads a model from its bytes the strict way alone, as a file with a problem is read: the tests compare what
     * both readings make of the same files (ADR 0034).
     */
    Model loadStrictly(byte[] bytes, String name) throws ModelException {
        return readStrictly(() -> new ByteArrayInputStream(bytes), name);
    }

    private Model load(ByteSource source, String name) throws ModelException {
        Model model = readQuickly(source, name);
        return model != null ? model : readStrictly(source, name);
    }

    /**
     * The model of a valid file, read from its bytes without keeping the place of anything (ADR 0034), or null if
     * anything at all is wrong with the file: {@link #readStrictly} then reads it again, as text, and gives every
     * problem with its place. This reading is only ever less lenient than that one, never more: its bytes are
     * checked as strictly as the text's, and the parsers of bytes and of text read well-formed UTF-8 alike.
     */
    private Model readQuickly(ByteSource source, String name) throws ModelException {
        Problems problems = new Problems();
        ModelBinder binder = new ModelBinder(problems, false);
        JsonTreeParser.Parsed parsed;
        try (InputStream in = source.open()) {
            Optional<InputStream> bytes = ModelText.openBytes(in);
            if (bytes.isEmpty()) {
                return null;
            }
            parsed = parser.parse(bytes.get(), binder.meetingsAsRead());
        } catch (WellFormedUtf8Stream.NotWellFormed e) {
            return null;
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        if (parsed.problem() != null) {
            return null;
        }
        ModelBinder.Bound bound = binder.bind(parsed.root());
        if (bound == null || !problems.isEmpty()) {
            return null;
        }
        new ModelValidator(bound, problems).validate();
        return problems.isEmpty() ? bound.model() : null;
    }

    /** The model, or every problem of the file with its place. */
    private Model readStrictly(ByteSource source, String name) throws ModelException {
        Checked checked = check(source, name, false);
        if (checked.validatorFound()) {
            // Its messages name the parts they are about by their pointers, which the first reading did not keep.
            checked = check(source, name, true);
        }
        Problems problems = checked.problems();
        if (!problems.isEmpty()) {
            throw new ModelException(name, Kind.INVALID, locate(source, problems.list()), problems.isFull());
        }
        return checked.bound().model();
    }

    /** The model as bound, every problem found, and whether the validator found some of them. */
    private record Checked(ModelBinder.Bound bound, Problems problems, boolean validatorFound) {
    }

    /**
     * Reads, binds and validates. The pointer of each part is kept only {@code withPointers}: only the validator's
     * messages need them, so a valid file, or one whose problems are all in its shape, is read once without.
     */
    private Checked check(ByteSource source, String name, boolean withPointers) throws ModelException {
        Problems problems = new Problems();
        ModelBinder binder = new ModelBinder(problems, withPointers);
        JsonTreeParser.Parsed parsed = parse(source, name, binder.meetingsAsRead());
        ModelBinder.Bound bound = binder.bind(parsed.root());
        int beforeValidation = problems.size();
        if (bound != null && !problems.isFull()) {
            new ModelValidator(bound, problems).validate();
        }
        return new Checked(bound, problems, problems.size() > beforeValidation);
    }

    /**
     * The file's tree. It is read without the parser's own check for repeated names, which the tree makes on names
     * it compares anyway (a set per object of three or more names was a twentieth of a load, ADR 0032); the reading
     * then stops at a repeated name, but not at the same place as the parser would, nor always before the same other
     * problem, so a file with a problem is read again with the parser's check, whose first problem is reported.
     */
    private JsonTreeParser.Parsed parse(ByteSource source, String name, JsonTreeParser.ListAsRead asRead)
            throws ModelException {
        JsonTreeParser.Parsed parsed = read(source, name, asRead, false);
        if (parsed.problem() == null) {
            return parsed;
        }
        Problem first = read(source, name, JsonTreeParser.DROPPED, true).problem();
        throw new ModelException(name, Kind.INVALID, List.of(first == null ? parsed.problem() : first));
    }

    private JsonTreeParser.Parsed read(ByteSource source, String name, JsonTreeParser.ListAsRead asRead,
                                       boolean parserChecksNames) throws ModelException {
        try (InputStream in = source.open()) {
            ModelText.Opened text = ModelText.open(in);
            return text.problem() == null ? parser.parse(text.reader(), asRead, parserChecksNames)
                    : new JsonTreeParser.Parsed(null, text.problem());
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The problems with their places, in the order of the file. */
    private List<Problem> locate(ByteSource source, List<Problem> problems) {
        List<Problem> located = problems;
        try (InputStream in = source.open()) {
            ModelText.Opened text = ModelText.open(in);
            if (text.reader() != null) {
                located = JsonLocator.locate(factory, text.reader(), problems);
            }
        } catch (IOException e) {
            // The file was read whole a moment ago; should a second reading fail, the problems stay unplaced.
        }
        return located.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }

    /** Rounded up, so that a file just over a limit does not read as being at the limit. */
    private static long megabytes(long bytes) {
        return (bytes + 999_999) / 1_000_000;
    }

    private static ModelException unreadable(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return unreadable(name, "problem.io.missing");
        }
        if (e instanceof AccessDeniedException) {
            return unreadable(name, "problem.io.denied");
        }
        // The reason alone: the message of a FileSystemException repeats the file's name.
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return reason == null ? unreadable(name, "problem.io.failed") : unreadable(name, "problem.io.other", reason);
    }

    private static ModelException unreadable(String name, String key, Object... args) {
        return new ModelException(name, Kind.UNREADABLE, List.of(new Problem(null, Problem.UNKNOWN, Problem.UNKNOWN,
                key, List.of(args))));
    }
}
