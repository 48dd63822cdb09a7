package org.ammreader.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Builds the application's one configured {@link ObjectMapper}. It is strict on purpose: a model file is
 * written by hand, and a typo or a stray value must be reported, never silently ignored.
 */
public final class JsonMappers {

    /** Deeper nesting than this is never a model, and refusing it early keeps hostile files harmless. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** 1 MB of text in one string: far more than any paragraph. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    public static final long MAX_DOCUMENT_LENGTH = 200_000_000L;
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Property names of the format have a few letters; language codes two. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /**
     * Names, values and brackets: the bundled week has about 4,000, a model of 100,000 meetings (the size the
     * timeline is built for; see {@link org.ammreader.synthetic.SyntheticModel}) about 5.3 million. Bounding them bounds the JSON tree,
     * whose nodes cost far more memory than the characters they were read from: at most about 750 MB for a
     * file of nothing but empty objects (docs/adr/0002, amendment 2).
     */
    public static final long MAX_TOKEN_COUNT = 10_000_000L;

    private JsonMappers() {
    }

    public static ObjectMapper create() {
        return JsonMapper.builder(factory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new JavaTimeModule())
                .build();
    }

    /**
     * The parsers' factory alone, configured as the mapper's (the limits, and a repeated name is an error): all that
     * reading a model needs. Building the mapper took 0.4 to 0.7 s of a fresh process, a tenth of a large load
     * (ADR 0032), so the command line's loader does without it.
     */
    public static JsonFactory factory() {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxTokenCount(MAX_TOKEN_COUNT)
                .build();
        // Fresh buffers for every parser: where Jackson notices an over-long name depends on the size of the buffer
        // it starts with, and a recycled one would make the reported place depend on what was read before.
        return JsonFactory.builder().streamReadConstraints(constraints)
                .recyclerPool(JsonRecyclerPools.nonRecyclingPool())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
