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

    /** {@code web_fetch} with the schema {@code {url}}. */
    static UnavailableTool webFetch() {
        return new UnavailableTool(ToolSpecification.builder()
                .name("web_fetch")
                .description("Fetch a web page by URL and return its content. Not available yet in this harness.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("url", "The http(s) URL to fetch")
                        .required("url")
                        .build())
                .build(),
                "fetching URLs is not supported yet. Work with the files in the workspace (read, glob, grep), "
                        + "or ask the user to upload the page's content.");
    }

    /** {@code web_search} with the schema {@code {query}}. */
    static UnavailableTool webSearch() {
        return new UnavailableTool(ToolSpecification.builder()
                .name("web_search")
                .description("Search the web and return result snippets. Not available yet in this harness.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("query", "The search query")
                        .required("query")
                        .build())
                .build(),
                "web search is not supported yet. Answer from the files in the workspace (read, glob, grep) or "
                        + "your own knowledge, and say so.");
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
