package dev.harness4j.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads one kind of resource document (an agent spec, an environment update, …) from JSON or YAML text or streams:
 * parses with {@link JsonInput} and turns the tree into the value with one function, so that every {@code fromJson}
 * and {@code fromYaml} of a type is a one-liner. Failures are {@link dev.harness4j.InvalidRequestException}s naming
 * the document. Immutable and thread-safe if the function is.
 *
 * @param <T> the type read
 */
public final class DocumentReader<T> {
    private final String what;
    private final Function<JsonNode, T> fromTree;

    private DocumentReader(String what, Function<JsonNode, T> fromTree) {
        this.what = Objects.requireNonNull(what, "what");
        this.fromTree = Objects.requireNonNull(fromTree, "fromTree");
    }

    /** A reader that turns the parsed object tree into a value with {@code fromTree}; {@code what} names errors. */
    public static <T> DocumentReader<T> of(String what, Function<JsonNode, T> fromTree) {
        return new DocumentReader<>(what, fromTree);
    }

    /** A reader that binds the parsed tree to {@code type} with {@link Json#mapper()}. */
    public static <T> DocumentReader<T> binding(Class<T> type, String what) {
        return new DocumentReader<>(what, tree -> JsonInput.bind(tree, type, what));
    }

    /** Reads JSON text. */
    public T fromJson(String json) {
        return fromTree.apply(JsonInput.parseJson(json, what));
    }

    /** Reads a UTF-8 JSON stream (read fully, not closed). */
    public T fromJson(InputStream json) {
        return fromTree.apply(JsonInput.parseJson(json, what));
    }

    /** Reads YAML text with the JSON's field names. */
    public T fromYaml(String yaml) {
        return fromTree.apply(JsonInput.parseYaml(yaml, what));
    }

    /** Reads a YAML stream (read fully, not closed). */
    public T fromYaml(InputStream yaml) {
        return fromTree.apply(JsonInput.parseYaml(yaml, what));
    }
}
