package dev.harness4j.agent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import java.util.Iterator;

/**
 * The model an agent runs on: {@code id} (e.g. {@code claude-sonnet-4-6}) and {@code speed} ({@code standard} or
 * {@code fast}). Input may be a bare model string or the object; output is always the object.
 */
public record ModelConfig(String id, @JsonInclude(JsonInclude.Include.ALWAYS) String speed) {

    /** The default speed. */
    public static final String STANDARD = "standard";
    /** The fast speed. */
    public static final String FAST = "fast";

    /** Validates the id and the speed; a null speed is {@code standard}. */
    public ModelConfig {
        Check.text(id, "model.id", 1, 256);
        if (speed == null) {
            speed = STANDARD;
        } else if (!STANDARD.equals(speed) && !FAST.equals(speed)) {
            throw new InvalidRequestException("model.speed must be \"standard\" or \"fast\", got \"" + speed + "\"");
        }
    }

    /** The model {@code id} at standard speed. */
    public static ModelConfig of(String id) {
        return new ModelConfig(id, STANDARD);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ModelConfig fromJson(JsonNode node) {
        if (node.isTextual()) {
            return of(node.asText());
        }
        if (!node.isObject()) {
            throw new InvalidRequestException("model must be a string or an object {id, speed}");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("id") && !field.equals("speed")) {
                throw new InvalidRequestException("model: unknown field '" + field + "'; known fields: [id, speed]");
            }
        }
        JsonNode id = node.get("id");
        JsonNode speed = node.get("speed");
        if (id == null || !id.isTextual()) {
            throw new InvalidRequestException("model.id is required and must be a string");
        }
        if (speed != null && !speed.isNull() && !speed.isTextual()) {
            throw new InvalidRequestException("model.speed must be a string");
        }
        return new ModelConfig(id.asText(), speed == null || speed.isNull() ? null : speed.asText());
    }
}
