package dev.harness4j.agent;

import dev.harness4j.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validation helpers of this package; every failure is an {@link InvalidRequestException} naming the field. */
final class Check {
    private Check() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidRequestException(field + " is required");
        }
        return value;
    }

    static String text(String value, String field, int min, int max) {
        required(value, field);
        int length = value.length();
        if (length < min) {
            throw new InvalidRequestException(min == 1 ? field + " must not be empty"
                    : field + " must have at least " + min + " characters");
        }
        if (length > max) {
            throw new InvalidRequestException(field + " must have at most " + max + " characters, got " + length);
        }
        return value;
    }

    /** An optional text: null stays null; otherwise at most {@code max} characters. */
    static String optionalText(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        return text(value, field, 0, max);
    }

    /** A copy of a list without nulls; null is the empty list. */
    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidRequestException(field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    static <T> List<T> maxSize(List<T> values, String field, int max) {
        if (values.size() > max) {
            throw new InvalidRequestException(field + ": at most " + max + " entries allowed, got " + values.size());
        }
        return values;
    }

    /** Deep, order-keeping, unmodifiable copy of a JSON object given as maps, lists and scalars. */
    static Map<String, Object> jsonObject(Map<String, ?> map, String field) {
        required(map, field);
        return freezeMap(map, field);
    }

    private static Map<String, Object> freezeMap(Map<?, ?> map, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(map.size() * 2);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            copy.put(String.valueOf(e.getKey()), freeze(e.getValue(), field));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object freeze(Object value, String field) {
        if (value instanceof Map<?, ?> m) {
            return freezeMap(m, field);
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object o : l) {
                copy.add(freeze(o, field));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw new InvalidRequestException(field + ": unsupported JSON value of " + value.getClass().getName());
    }
}
