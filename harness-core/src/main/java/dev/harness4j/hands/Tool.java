package dev.harness4j.hands;

import dev.langchain4j.agent.tool.ToolSpecification;

/** A tool the agent can call: its name, the specification the model sees, and how it runs. */
public interface Tool {

    /** The tool's name as the model calls it (e.g. {@code read}). */
    String name();

    /** The specification sent to the model: name, description and the JSON schema of the input. */
    ToolSpecification specification();

    /**
     * Runs the call. Bad input or a refused path is an error result that names the problem, never an exception;
     * an exception means a bug or an infrastructure failure and becomes an error result too.
     */
    ToolResult execute(ToolCall call, ToolContext context);
}
