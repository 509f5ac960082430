package dev.harness4j.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.harness4j.json.Json;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/** Reads and writes events as the reference's flat JSON; errors become {@link EventValidationException}s naming the problem. */
public final class EventCodec {
    private static final EventCodec INSTANCE = new EventCodec(Json.mapper());

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

    /** The JSON tree of an event. */
    public JsonNode toTree(Event event) {
        return mapper.valueToTree(event);
    }

    /** Reads one event of any type. */
    public Event decode(String json) {
        try {
            return reader.readValue(json);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Reads one event of any type from UTF-8 bytes. */
    public Event decode(byte[] json, int offset, int length) {
        try {
            return reader.readValue(json, offset, length);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Reads an event from a JSON tree. */
    public Event decode(JsonNode json) {
        try {
            return reader.readValue(json);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Reads an event an application may send ({@code user.*}); any other type is refused. */
    public UserEvent decodeUserEvent(String json) {
        Event event = decode(json);
        if (event instanceof UserEvent user) {
            return user;
        }
        throw new EventValidationException("event type '" + event.type() + "' cannot be sent; sendable types are "
                + SENDABLE);
    }

    /** The event types an application may send. */
    public static final Set<String> SENDABLE = Set.of(UserMessage.TYPE, UserInterrupt.TYPE, UserToolConfirmation.TYPE,
            UserCustomToolResult.TYPE, UserDefineOutcome.TYPE);

    private static EventValidationException translate(IOException e) {
        Throwable root = e;
        if (e instanceof ValueInstantiationException vie && vie.getCause() instanceof EventValidationException evx) {
            return new EventValidationException(evx.getMessage(), e);
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof EventValidationException evx) {
                return new EventValidationException(evx.getMessage(), e);
            }
            root = t;
        }
        if (e instanceof InvalidTypeIdException tid) {
            String id = tid.getTypeId();
            if (id == null) {
                return new EventValidationException("event has no type", e);
            }
            return new EventValidationException("unknown type '" + id + "'" + where(tid), e);
        }
        if (e instanceof UnrecognizedPropertyException up) {
            Set<String> known = new TreeSet<>();
            up.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            return new EventValidationException("unknown field '" + up.getPropertyName() + "'" + where(up)
                    + "; known fields: " + known, e);
        }
        if (e instanceof JsonProcessingException jpe) {
            return new EventValidationException("malformed event JSON: " + jpe.getOriginalMessage() + where(jpe), e);
        }
        return new EventValidationException("cannot read event: " + root.getMessage(), e);
    }

    private static String where(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException jme && !jme.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder(" at ");
            for (var ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    sb.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
            return sb.toString();
        }
        return "";
    }
}
