package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.harness4j.json.Json;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads and writes events as the reference's flat JSON; errors become {@link EventValidationException}s naming the problem. */
public final class EventCodec {
    private static final EventCodec INSTANCE = new EventCodec(Json.newStrictMapper());

    /** The event types an application may send. */
    public static final Set<String> SENDABLE = Set.of(UserMessage.TYPE, UserInterrupt.TYPE, UserToolConfirmation.TYPE,
            UserCustomToolResult.TYPE, UserDefineOutcome.TYPE);

    /** Every event type the codec knows, in declaration order. */
    static final Set<String> KNOWN_TYPES = knownTypes();

    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    private EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reader = mapper.readerFor(Event.class);
        this.writer = mapper.writerFor(Event.class);
    }

    /** The codec (stateless and thread-safe). */
    public static EventCodec get() {
        return INSTANCE;
    }

    /** The JSON text of an event, on one line. */
    public String encode(Event event) {
        try {
            return writer.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new EventValidationException("cannot encode " + event.type() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The UTF-8 JSON bytes of an event, on one line. */
    public byte[] encodeBytes(Event event) {
        try {
            return writer.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new EventValidationException("cannot encode " + event.type() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON tree of an event: the tree of its encoded text, so it equals a parse of what {@link #encode} writes. */
    public JsonNode toTree(Event event) {
        try {
            return mapper.readTree(encodeBytes(event));
        } catch (IOException e) {
            throw new EventValidationException("cannot encode " + event.type() + ": " + e.getMessage(), e);
        }
    }

    /** Reads one event of any type. */
    public Event decode(String json) {
        if (json == null) {
            throw new EventValidationException("event JSON is null");
        }
        try {
            return present(reader.readValue(json));
        } catch (IOException e) {
            throw EventErrors.translate(e, () -> Json.mapper().readTree(json));
        }
    }

    /** Reads one event of any type from UTF-8 bytes. */
    public Event decode(byte[] json, int offset, int length) {
        try {
            return present(reader.readValue(json, offset, length));
        } catch (IOException e) {
            throw EventErrors.translate(e, () -> Json.mapper().readTree(json, offset, length));
        }
    }

    /** Reads an event from a JSON tree. */
    public Event decode(JsonNode json) {
        if (json == null || json.isMissingNode()) {
            throw new EventValidationException("event JSON is empty");
        }
        try {
            return present(reader.readValue(json));
        } catch (IOException e) {
            throw EventErrors.translate(e, () -> json);
        }
    }

    /**
     * Reads an event an application may send ({@code user.*}); any other type is refused before its fields are
     * looked at.
     */
    public UserEvent decodeUserEvent(String json) {
        return decodeUserEvent(readStrictTree(json));
    }

    /**
     * Reads what an application sends to a session: {@code {"events": [...]}} as the API takes it, an array of events,
     * or one event object; every event must be sendable, and the whole input is read once with the strict reader.
     */
    public List<UserEvent> decodeUserEvents(String json) {
        JsonNode root = readStrictTree(json);
        if (root == null || root.isMissingNode()) {
            throw new EventValidationException("malformed JSON: empty input");
        }
        JsonNode list = root.isObject() && root.has("events") ? root.get("events") : root;
        List<UserEvent> events = new ArrayList<>();
        if (list.isArray()) {
            for (JsonNode node : list) {
                events.add(decodeUserEvent(node));
            }
        } else if (list.isObject()) {
            events.add(decodeUserEvent(list));
        } else {
            throw new EventValidationException("expected an event object, an array of events or {\"events\": [...]}");
        }
        return events;
    }

    private JsonNode readStrictTree(String json) {
        if (json == null) {
            throw new EventValidationException("event JSON is null");
        }
        try {
            return reader.readTree(json);
        } catch (IOException e) {
            throw EventErrors.translate(e, () -> null);
        }
    }

    private UserEvent decodeUserEvent(JsonNode tree) {
        if (tree != null && tree.isObject()) {
            JsonNode type = tree.get("type");
            if (type != null && type.isTextual() && !SENDABLE.contains(type.textValue())) {
                String known = KNOWN_TYPES.contains(type.textValue()) ? "event type" : "unknown event type";
                throw new EventValidationException(known + " '" + type.textValue()
                        + "' cannot be sent; sendable types are " + new TreeSet<>(SENDABLE));
            }
        }
        return (UserEvent) decode(tree);
    }

    private static Event present(Event event) {
        if (event == null) {
            throw new EventValidationException("event JSON is null; expected an object with a 'type' field");
        }
        return event;
    }

    private static Set<String> knownTypes() {
        Set<String> types = new LinkedHashSet<>();
        for (JsonSubTypes.Type t : Event.class.getAnnotation(JsonSubTypes.class).value()) {
            types.add(t.name());
        }
        return Collections.unmodifiableSet(types);
    }

    /** Supplies the JSON tree on the error path (to name the event type); may fail or return null. */
    @FunctionalInterface
    interface TreeSource {
        JsonNode get() throws IOException;
    }
}
