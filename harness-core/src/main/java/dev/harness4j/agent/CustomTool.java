package dev.harness4j.agent;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.harness4j.InvalidRequestException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A custom tool the client executes: the agent emits {@code agent.custom_tool_use}, the application answers with
 * {@code user.custom_tool_result}. No permission policy applies. {@code input_schema} is a JSON Schema object.
 */
@JsonPropertyOrder({"name", "description", "input_schema"})
public record CustomTool(String name, String description, Map<String, Object> inputSchema) implements ToolDefinition {

    /** The wire type. */
    public static final String TYPE = "custom";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    /** Validates the name (1–128 of {@code [A-Za-z0-9_-]}) and that the schema is an object schema. */
    public CustomTool {
        Check.required(name, "custom.name");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidRequestException("custom.name '" + name
                    + "' must be 1–128 characters of letters, digits, '_' and '-'");
        }
        inputSchema = Check.jsonObject(inputSchema, "custom(" + name + ").input_schema");
        Object type = inputSchema.get("type");
        if (type != null && !"object".equals(type)) {
            throw new InvalidRequestException("custom(" + name + ").input_schema.type must be \"object\", got " + type);
        }
    }

    /** A custom tool. */
    public static CustomTool of(String name, String description, Map<String, Object> inputSchema) {
        return new CustomTool(name, description, inputSchema);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public CustomTool resolved() {
        return this;
    }

    @Override
    public int toolCount() {
        return 1;
    }
}
