package dev.harness4j.tools;

import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.hands.ToolResult;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

/**
 * A tool of the toolset that harness4j does not implement yet: it carries the reference input schema so agent
 * definitions resolve, and every call returns an error result saying what to use instead.
 */
final class UnavailableTool implements Tool {
    private final ToolSpecification specification;
    private final String message;

    private UnavailableTool(ToolSpecification specification, String instead) {
        this.specification = specification;
        this.message = specification.name() + " is not available yet in harness4j: " + instead;
    }

    /** {@code bash} with the reference schema {@code {command?, restart?, timeout_ms?}}. */
    static UnavailableTool bash() {
        return new UnavailableTool(ToolSpecification.builder()
                .name("bash")
                .description("Run a command in a persistent bash shell (cwd and environment persist across "
                        + "calls). Not available yet in this harness; use read, write, edit, glob and grep.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("command", "The command to run")
                        .addBooleanProperty("restart", "Restart the persistent shell (no command needed)")
                        .addIntegerProperty("timeout_ms", "Per-call timeout in milliseconds; 0 or absent = default")
                        .build())
                .build(),
                "there is no shell yet. Use read, write and edit to work with files, glob to find files by name "
                        + "and grep to search their contents.");
    }

    @Override
    public String name() {
        return specification.name();
    }

    @Override
    public ToolSpecification specification() {
        return specification;
    }

    @Override
    public ToolResult execute(ToolCall call, ToolContext context) {
        return ToolResult.error(message);
    }
}
