package dev.harness4j.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The shared rules of update (patch) parameters, such as an agent or environment update: a field left out keeps its
 * value, {@code null} (or an empty string or list) clears it where clearing is allowed, and {@code metadata} is a patch
 * where a string upserts and {@code null} deletes. Builders hold a clearable field as {@code null} (keep) or an
 * {@link Optional} (empty = clear). Every refusal is an {@link InvalidRequestException} naming the document and field.
 */
public final class PatchInput {
    private PatchInput() {
    }

    /** The refusal of a top-level field that {@code known} does not list. */
    public static InvalidRequestException unknownField(String what, String field, List<String> known) {
        return new InvalidRequestException(what + ": unknown field '" + field + "'; known fields: " + known);
    }

    /** A string field: its text, or null for JSON {@code null}; anything else is refused. */
    public static String text(JsonNode value, String what, String field) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidRequestException(what + ": " + field + " must be a string or null");
        }
        return value.asText();
    }

    /** A field bound to {@code type}, or null for JSON {@code null}; {@code what} names it in errors. */
    public static <T> T bind(JsonNode value, Class<T> type, String what) {
        return value.isNull() ? null : JsonInput.bind(value, type, what);
    }

    /** A field bound to a generic type such as a list, or null for JSON {@code null}. */
    public static <T> T bind(JsonNode value, TypeReference<T> type, String what) {
        return value.isNull() ? null : JsonInput.bind(value, type, what);
    }

    /** Reads a {@code metadata} patch object, handing each key and its value (null = delete) to {@code put}. */
    public static void metadata(JsonNode value, String what, BiConsumer<String, String> put) {
        if (!value.isObject()) {
            throw new InvalidRequestException(what + ": metadata must be an object of strings (null deletes a key)");
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            put.accept(e.getKey(), text(e.getValue(), what, "metadata." + e.getKey()));
        }
    }

    /** A value for a field that cannot be cleared: returns it, or refuses null. */
    public static <T> T notCleared(T value, String what, String field) {
        if (value == null) {
            throw new InvalidRequestException(what + ": " + field + " cannot be cleared");
        }
        return value;
    }

    /** A clearable text: null or empty clears it. */
    public static Optional<String> clearable(String text) {
        return Optional.ofNullable(text).filter(s -> !s.isEmpty());
    }

    /** A clearable list, copied: null or empty clears it. */
    public static <T> Optional<List<T>> clearable(List<? extends T> list) {
        return list == null ? Optional.empty() : Optional.of(List.copyOf(list));
    }

    /** A metadata patch key: returns it, or refuses null and empty keys. */
    public static String metadataKey(String key, String what) {
        if (key == null || key.isEmpty()) {
            throw new InvalidRequestException(what + ": metadata keys must not be empty");
        }
        return key;
    }
}
