package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns Jackson's exceptions into {@link EventValidationException}s whose message starts with the event type (when
 * the input has one) and the JSON path of the offending value, e.g.
 * {@code user.message: content[0]: unknown content block type 'video'; known: [document, image, ...]}.
 */
final class EventErrors {
    private static final Map<Class<?>, String> FAMILIES = Map.of(
            Event.class, "event",
            ContentBlock.class, "content block",
            MediaSource.class, "source",
            StopReason.class, "stop_reason",
            Rubric.class, "rubric");
    private static final Pattern HINTS = Pattern.compile(
            "\\s*\\((?:set |but (?:might|could) |although |token `)[^)]*\\)|\\s*\\(start marker at [^\\]]*\\]\\)");
    private static final Pattern PACKAGES = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])");

    private EventErrors() {
    }

    /** The validation exception for a failed read; {@code source} gives the input's tree to name the event type. */
    static EventValidationException translate(IOException e, EventCodec.TreeSource source) {
        String type = eventType(source);
        List<String> path = path(e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EventValidationException v) {
                return new EventValidationException(context(type, path, v.getMessage()), e);
            }
        }
        if (e instanceof InvalidTypeIdException tid) {
            return new EventValidationException(unknownType(type, path, tid), e);
        }
        if (e instanceof UnrecognizedPropertyException up) {
            Set<String> known = new TreeSet<>();
            up.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            return new EventValidationException(context(type, path.subList(0, Math.max(0, path.size() - 1)),
                    "unknown field '" + up.getPropertyName() + "'; known fields: " + known), e);
        }
        if (e instanceof StreamReadException sre) {
            return new EventValidationException("malformed event JSON: " + clean(sre.getOriginalMessage())
                    + location(sre.getLocation()), e);
        }
        if (e instanceof JsonMappingException jme) {
            String message = jme.getOriginalMessage();
            if (message != null && message.startsWith("No content to map due to end-of-input")) {
                return new EventValidationException("event JSON is empty", e);
            }
            if (message != null && message.startsWith("Trailing token")) {
                return new EventValidationException("malformed event JSON: more than one JSON value"
                        + location(jme.getLocation()), e);
            }
            if (message != null && message.startsWith("Cannot map `null` into type")) {
                return new EventValidationException(context(type, path, "a value is required (got null or nothing)"),
                        e);
            }
            return new EventValidationException(context(type, path, clean(message)), e);
        }
        if (e instanceof JsonProcessingException jpe) {
            return new EventValidationException("malformed event JSON: " + jpe.getOriginalMessage(), e);
        }
        return new EventValidationException("cannot read event: " + e.getMessage(), e);
    }

    private static String unknownType(String eventType, List<String> path, InvalidTypeIdException tid) {
        JavaType base = tid.getBaseType();
        Class<?> raw = base == null ? Event.class : base.getRawClass();
        String family = FAMILIES.getOrDefault(raw, raw.getSimpleName());
        boolean topLevel = raw == Event.class && path.isEmpty();
        String message = tid.getTypeId() == null
                ? family + " has no 'type' field"
                : "unknown " + family + " type '" + tid.getTypeId() + "'; known: " + typeNames(raw);
        return topLevel ? message : context(eventType, path, message);
    }

    private static Set<String> typeNames(Class<?> family) {
        if (family == Event.class) {
            return EventCodec.KNOWN_TYPES;
        }
        Set<String> names = new TreeSet<>();
        JsonSubTypes subTypes = family.getAnnotation(JsonSubTypes.class);
        if (subTypes != null) {
            for (JsonSubTypes.Type t : subTypes.value()) {
                names.add(t.name());
            }
        }
        return names;
    }

    private static String context(String type, List<String> path, String message) {
        if (type != null && message.startsWith(type)) {
            return message; // written by the event's own validation, which knows where it is
        }
        StringBuilder sb = new StringBuilder(type == null ? "event" : type).append(": ");
        String where = String.join("", path).replaceFirst("^\\.", "");
        if (!where.isEmpty() && !message.startsWith(where + ":")) {
            sb.append(where).append(": ");
        }
        return sb.append(message).toString();
    }

    private static List<String> path(IOException e) {
        List<String> path = new ArrayList<>();
        if (e instanceof JsonMappingException jme) {
            for (JsonMappingException.Reference ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    path.add("." + ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.add("[" + ref.getIndex() + "]");
                }
            }
        }
        return path;
    }

    private static String eventType(EventCodec.TreeSource source) {
        try {
            JsonNode tree = source.get();
            if (tree != null && tree.isObject() && tree.get("type") != null && tree.get("type").isTextual()) {
                return tree.get("type").textValue();
            }
        } catch (IOException | RuntimeException ignored) {
            // The input is not even JSON; the message then names no type.
        }
        return null;
    }

    private static String clean(String message) {
        if (message == null) {
            return "invalid value";
        }
        return PACKAGES.matcher(HINTS.matcher(message).replaceAll("")).replaceAll("");
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
