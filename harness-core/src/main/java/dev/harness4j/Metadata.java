package dev.harness4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rules of a resource's {@code metadata} map (§1.2): at most 16 pairs, keys 1–64 chars, values up to 512 chars. */
public final class Metadata {
    /** Most pairs in one metadata map. */
    public static final int MAX_PAIRS = 16;
    /** Longest key. */
    public static final int MAX_KEY_LENGTH = 64;
    /** Longest value. */
    public static final int MAX_VALUE_LENGTH = 512;

    private Metadata() {
    }

    /** Validates a metadata map and returns an unmodifiable, order-keeping copy; null is the empty map. */
    public static Map<String, String> validate(Map<String, String> metadata, String field) {
        if (metadata == null) {
            return Map.of();
        }
        if (metadata.size() > MAX_PAIRS) {
            throw new InvalidRequestException(field + ": at most " + MAX_PAIRS + " pairs allowed, got "
                    + metadata.size());
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String key = e.getKey();
            if (key == null || key.isEmpty()) {
                throw new InvalidRequestException(field + ": keys must not be empty");
            }
            if (key.length() > MAX_KEY_LENGTH) {
                throw new InvalidRequestException(field + ": key '" + key.substring(0, 16) + "…' is longer than "
                        + MAX_KEY_LENGTH + " characters (" + key.length() + ")");
            }
            String value = e.getValue();
            if (value == null) {
                throw new InvalidRequestException(field + "." + key + ": value must not be null");
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                throw new InvalidRequestException(field + "." + key + ": value is longer than " + MAX_VALUE_LENGTH
                        + " characters (" + value.length() + ")");
            }
            copy.put(key, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Applies a metadata patch: a string value upserts its key, a null value deletes it, absent keys are kept. The
     * result is validated.
     */
    public static Map<String, String> patch(Map<String, String> current, Map<String, String> patch, String field) {
        Map<String, String> merged = new LinkedHashMap<>(current);
        for (Map.Entry<String, String> e : patch.entrySet()) {
            if (e.getValue() == null) {
                merged.remove(e.getKey());
            } else {
                merged.put(e.getKey(), e.getValue());
            }
        }
        return validate(merged, field);
    }
}
