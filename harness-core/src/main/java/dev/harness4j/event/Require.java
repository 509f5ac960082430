package dev.harness4j.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Validation and deep-freezing helpers shared by the event records. */
final class Require {
    private Require() {
    }

    static void present(Object value, String what, String field) {
        if (value == null) {
            throw new EventValidationException(what + ": " + field + " is required");
        }
    }

    static <T> List<T> list(List<T> values, String what, String field) {
        present(values, what, field);
        for (T v : values) {
            if (v == null) {
                throw new EventValidationException(what + ": " + field + " must not contain null");
            }
        }
        return List.copyOf(values);
    }

    static <T> List<T> nonEmptyList(List<T> values, String what, String field) {
        List<T> copy = list(values, what, field);
        if (copy.isEmpty()) {
            throw new EventValidationException(what + ": " + field + " must not be empty");
        }
        return copy;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null) {
            throw new EventValidationException(field + " is required");
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
                return e;
            }
        }
        throw new EventValidationException(field + ": unknown value '" + value + "'");
    }

    /** Deep, order-keeping, unmodifiable copy of a JSON object given as maps, lists and scalars. */
    static Map<String, Object> jsonObject(Map<String, ?> map, String what, String field) {
        present(map, what, field);
        return freezeMap(map);
    }

    private static Map<String, Object> freezeMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>(map.size() * 2);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            copy.put(String.valueOf(e.getKey()), freeze(e.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> m) {
            return freezeMap(m);
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object o : l) {
                copy.add(freeze(o));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw new EventValidationException("unsupported JSON value of " + value.getClass().getName());
    }
}
