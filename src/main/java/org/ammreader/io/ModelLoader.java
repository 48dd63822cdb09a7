package org.ammreader.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.ammreader.io.ModelException.Kind;
import org.ammreader.model.Model;

/**
 * Reads a model file and checks it completely: encoding, JSON syntax, shape and meaning. A valid file gives a
 * {@link Model}; anything else gives a {@link ModelException} listing every problem with its line, column and
 * JSON pointer. It never lets another exception escape for a bad file.
 */
public final class ModelLoader {

    /** The week this application was made for, packed into the application. */
    public static final String BUNDLED_RESOURCE = "/assets/models/amm52-bangkok-2019.json";
    public static final String BUNDLED_NAME = "amm52-bangkok-2019.json";

    private final ObjectMapper mapper;

    public ModelLoader(ObjectMapper mapper) {
        this.mapper = mapper;
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
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw unreadable(name, "problem.io.folder");
            }
            long size = Files.size(file);
            if (size > JsonMappers.MAX_DOCUMENT_LENGTH) {
                throw unreadable(name, "problem.io.tooLarge", size / 1_000_000, JsonMappers.MAX_DOCUMENT_LENGTH / 1_000_000);
            }
            return load(Files.readAllBytes(file), name);
        } catch (NoSuchFileException e) {
            throw unreadable(name, "problem.io.missing");
        } catch (AccessDeniedException e) {
            throw unreadable(name, "problem.io.denied");
        } catch (IOException e) {
            throw unreadable(name, "problem.io.other", String.valueOf(e.getMessage()));
        }
    }

    private static ModelException unreadable(String name, String key, Object... args) {
        return new ModelException(name, Kind.UNREADABLE, List.of(new Problem(null, Problem.UNKNOWN, Problem.UNKNOWN,
                key, List.of(args))));
    }

    /** Reads a model from its bytes; {@code name} is how messages refer to the file. */
    public Model load(byte[] bytes, String name) throws ModelException {
        ModelText.Decoded decoded = ModelText.decode(bytes);
        if (decoded.problem() != null) {
            throw new ModelException(name, Kind.INVALID, List.of(decoded.problem()));
        }
        String text = decoded.text();
        JsonNode root = parse(text, name);
        Problems problems = new Problems();
        ModelBinder.Bound bound = new ModelBinder(problems).bind(root);
        if (bound != null) {
            new ModelValidator(bound, problems).validate();
        }
        if (!problems.isEmpty()) {
            List<Problem> located = JsonLocator.locate(mapper, text, problems.list()).stream()
                    .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                    .toList();
            throw new ModelException(name, Kind.INVALID, located);
        }
        return bound.model();
    }

    private JsonNode parse(String text, String name) throws ModelException {
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                JsonNode root = mapper.readTree(parser);
                if (root == null || root.isMissingNode()) {
                    throw new ModelException(name, Kind.INVALID, List.of(Problem.located("", 1, 1,
                            "problem.syntax.empty")));
                }
                return root;
            } catch (JsonProcessingException e) {
                throw new ModelException(name, Kind.INVALID, List.of(SyntaxProblems.describe(e, parser)));
            }
        } catch (IOException e) {
            throw new ModelException(name, Kind.INVALID, List.of(Problem.located("", 1, 1, "problem.syntax.other",
                    String.valueOf(e.getMessage()))));
        }
    }
}
