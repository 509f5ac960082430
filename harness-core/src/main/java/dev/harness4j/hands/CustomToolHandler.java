package dev.harness4j.hands;

/**
 * Runs a custom tool in-process: registered on the harness builder under the tool's name, it answers the agent's
 * {@code agent.custom_tool_use} directly instead of the session waiting for a {@code user.custom_tool_result}.
 */
@FunctionalInterface
public interface CustomToolHandler {

    /**
     * Handles one call; bad input should be an error result naming the problem. An exception becomes an error result
     * too. {@code call.id()} is the id of the {@code agent.custom_tool_use} event.
     */
    ToolResult handle(ToolCall call, ToolContext context);
}
