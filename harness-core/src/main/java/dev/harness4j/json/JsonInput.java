package dev.harness4j.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.harness4j.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads resource documents (agent and environment templates) given as JSON or YAML text into harness4j types, turning
 * every Jackson failure into an {@link InvalidRequestException} that names the field and the problem.
 */
public final class JsonInput {
    private static final YAMLMapper YAML = new YAMLMapper();

    private JsonInput() {
    }

    /** Parses JSON text into a tree; {@code what} names the document in error messages. */
    public static JsonNode parseJson(String json, String what) {
        return parse(() -> Json.mapper().readTree(json), what);
    }

    /** Parses a JSON stream (UTF-8) into a tree; the stream is read fully but not closed. */
    public static JsonNode parseJson(InputStream json, String what) {
        return parse(() -> Json.mapper().readTree(json), what);
    }

    /** Parses YAML text into a tree. */
    public static JsonNode parseYaml(String yaml, String what) {
        return parse(() -> YAML.readTree(yaml), what);
    }

    /** Parses a YAML stream into a tree; the stream is read fully but not closed. */
    public static JsonNode parseYaml(InputStream yaml, String what) {
        return parse(() -> YAML.readTree(yaml), what);
    }

    /** Reads a tree from one of the parsers above. */
    @FunctionalInterface
    private interface TreeSource {
        JsonNode read() throws IOException;
    }

    private static JsonNode parse(TreeSource source, String what) {
        try {
            return notEmpty(source.read(), what);
        } catch (IOException e) {
            throw translate(e, what);
        }
    }

    /** Binds a tree to {@code type} with {@link Json#mapper()}. */
    public static <T> T bind(JsonNode tree, Class<T> type, String what) {
        return bind(Json.mapper(), tree, type, what);
    }

    /** Binds a tree to {@code type} with the given mapper. */
    public static <T> T bind(ObjectMapper mapper, JsonNode tree, Class<T> type, String what) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (IOException | IllegalArgumentException e) {
            throw translate(e, what);
        }
    }

    /** Binds a tree to a generic type such as a list of definitions. */
    public static <T> T bind(JsonNode tree, TypeReference<T> type, String what) {
        try {
            return Json.mapper().readerFor(type).readValue(tree);
        } catch (IOException | IllegalArgumentException e) {
            throw translate(e, what);
        }
    }

    /** Turns a Jackson failure into an {@link InvalidRequestException} naming the field; keeps ours unchanged. */
    public static InvalidRequestException translate(Exception e, String what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidRequestException ire) {
                return new InvalidRequestException(ire.getMessage(), e);
            }
        }
        if (e instanceof InvalidTypeIdException tid) {
            if (tid.getTypeId() == null) {
                return new InvalidRequestException(what + ": missing field 'type'" + where(tid), e);
            }
            return new InvalidRequestException(what + ": unknown type '" + tid.getTypeId() + "'" + where(tid), e);
        }
        if (e instanceof UnrecognizedPropertyException up) {
            Set<String> known = new TreeSet<>();
            up.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            return new InvalidRequestException(what + ": unknown field '" + up.getPropertyName() + "'" + where(up)
                    + "; known fields: " + known, e);
        }
        if (e instanceof JsonProcessingException jpe) {
            return new InvalidRequestException(what + ": " + jpe.getOriginalMessage() + where(jpe), e);
        }
        return new InvalidRequestException(what + ": " + e.getMessage(), e);
    }

    private static JsonNode notEmpty(JsonNode node, String what) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new InvalidRequestException(what + ": the document is empty");
        }
        if (!node.isObject()) {
            throw new InvalidRequestException(what + ": expected a JSON object, got " + node.getNodeType());
        }
        return node;
    }

    private static String where(JsonProcessingException e) {
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder(" at ");
            for (JsonMappingException.Reference ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    if (sb.length() > 4) {
                        sb.append('.');
                    }
                    sb.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
            return sb.toString();
        }
        return "";
    }
}
