package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

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

    /** The blocks a {@code user.message} may hold. */
    static final List<Class<? extends ContentBlock>> USER_MESSAGE_BLOCKS = List.of(ContentBlock.Text.class,
            ContentBlock.Image.class, ContentBlock.Document.class, ContentBlock.Redacted.class);
    /** The blocks an {@code agent.message} may hold. */
    static final List<Class<? extends ContentBlock>> AGENT_MESSAGE_BLOCKS = List.of(ContentBlock.Text.class,
            ContentBlock.Redacted.class);
    /** The blocks a tool result (built-in, MCP or custom) may hold. */
    static final List<Class<? extends ContentBlock>> TOOL_RESULT_BLOCKS = List.of(ContentBlock.Text.class,
            ContentBlock.Image.class, ContentBlock.Document.class, ContentBlock.SearchResult.class);

    /** A copy of {@code values} after checking that each block is of one of the {@code allowed} kinds. */
    static List<ContentBlock> blocks(List<ContentBlock> values, List<Class<? extends ContentBlock>> allowed,
                                     String what, String field) {
        List<ContentBlock> copy = list(values, what, field);
        for (int i = 0; i < copy.size(); i++) {
            if (!allowed.contains(copy.get(i).getClass())) {
                List<String> names = new ArrayList<>();
                allowed.forEach(c -> names.add(blockType(c)));
                throw new EventValidationException(what + ": " + field + "[" + i + "]: block type '"
                        + blockType(copy.get(i).getClass()) + "' is not allowed here; allowed: " + names);
            }
        }
        return copy;
    }

    private static String blockType(Class<?> block) {
        JsonSubTypes subTypes = ContentBlock.class.getAnnotation(JsonSubTypes.class);
        for (JsonSubTypes.Type t : subTypes.value()) {
            if (t.value() == block) {
                return t.name();
            }
        }
        return block.getSimpleName();
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
        List<String> expected = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            expected.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw new EventValidationException(field + ": unknown value '" + value + "'; expected one of " + expected);
    }

    /**
     * Deep, order-keeping, unmodifiable copy of a JSON object given as maps, lists and scalars; numbers are normalised
     * (see {@link #number}) so that the copy equals what the codec decodes from its JSON.
     */
    static Map<String, Object> jsonObject(Map<String, ?> map, String what, String field) {
        present(map, what, field);
        return freezeMap(map, what + ": " + field);
    }

    private static Map<String, Object> freezeMap(Map<?, ?> map, String path) {
        Map<String, Object> copy = new LinkedHashMap<>(map.size() * 2);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (copy.containsKey(key)) {
                throw new EventValidationException(path + ": duplicate key '" + key + "'");
            }
            copy.put(key, freeze(e.getValue(), path + "." + key));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object freeze(Object value, String path) {
        if (value instanceof Map<?, ?> m) {
            return freezeMap(m, path);
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) {
                copy.add(freeze(l.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number n) {
            return number(n, path);
        }
        throw new EventValidationException(path + ": unsupported JSON value of " + value.getClass().getName());
    }

    /**
     * The number as the codec reads it back: integers as the smallest of Integer, Long, BigInteger that holds them,
     * other numbers as a finite Double (the value Jackson parses from the text it writes). So an event built with
     * {@code 5L} or {@code 0.1f} equals its decoded copy, and a number JSON cannot carry (NaN, infinities) is refused.
     */
    private static Object number(Number n, String path) {
        if (n instanceof Integer) {
            return n;
        }
        if (n instanceof Long || n instanceof Short || n instanceof Byte || n instanceof AtomicInteger
                || n instanceof AtomicLong) {
            return integral(BigInteger.valueOf(n.longValue()));
        }
        if (n instanceof BigInteger b) {
            return integral(b);
        }
        double d;
        if (n instanceof Double x) {
            d = x;
        } else if (n instanceof Float || n instanceof BigDecimal) {
            d = Double.parseDouble(n.toString());
        } else {
            throw new EventValidationException(path + ": unsupported JSON number of " + n.getClass().getName());
        }
        if (!Double.isFinite(d)) {
            throw new EventValidationException(path + ": the number " + n + " cannot be written as JSON");
        }
        return d;
    }

    private static Number integral(BigInteger b) {
        if (b.bitLength() < Integer.SIZE) {
            return b.intValue();
        }
        if (b.bitLength() < Long.SIZE) {
            return b.longValue();
        }
        return b;
    }
}
