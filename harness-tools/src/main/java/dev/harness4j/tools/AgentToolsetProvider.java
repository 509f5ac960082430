package dev.harness4j.tools;

import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolsetProvider;
import dev.harness4j.tools.file.EditTool;
import dev.harness4j.tools.file.GlobTool;
import dev.harness4j.tools.file.GrepTool;
import dev.harness4j.tools.file.ReadTool;
import dev.harness4j.tools.file.WriteTool;
import dev.harness4j.tools.web.WebFetchTool;
import dev.harness4j.tools.web.WebSearchTool;
import java.util.List;
import java.util.Objects;

/**
 * The built-in toolset {@value #TYPE}: {@code bash, read, write, edit, glob, grep, web_fetch, web_search}. Registered
 * through {@link java.util.ServiceLoader}; {@code bash} answers every call with an error saying it is not available
 * yet. {@code web_fetch} obeys the environment's networking policy; {@code web_search} needs a
 * {@link dev.harness4j.tools.web.WebSearchProvider} (see {@link #AgentToolsetProvider(WebFetchTool, WebSearchTool)}).
 */
public final class AgentToolsetProvider implements ToolsetProvider {
    /** The toolset type, as it appears in an agent's {@code tools[].type}. */
    public static final String TYPE = "agent_toolset_20260401";

    private final List<Tool> tools;

    /**
     * Creates the provider (ServiceLoader calls this): {@code web_fetch} with its defaults (public addresses only),
     * {@code web_search} over the first {@link dev.harness4j.tools.web.WebSearchProvider} registered through
     * ServiceLoader, if any.
     */
    public AgentToolsetProvider() {
        this(new WebFetchTool(), WebSearchTool.fromServiceLoader());
    }

    /**
     * A provider with these web tools, e.g. {@code new WebSearchTool(myProvider)}; register it with
     * {@code Harness.builder().toolset(...)}, where it takes precedence over the one ServiceLoader finds.
     */
    public AgentToolsetProvider(WebFetchTool webFetch, WebSearchTool webSearch) {
        // the tools are stateless and shared by every session
        this.tools = List.of(
                UnavailableTool.bash(),
                new ReadTool(),
                new WriteTool(),
                new EditTool(),
                new GlobTool(),
                new GrepTool(),
                Objects.requireNonNull(webFetch, "webFetch"),
                Objects.requireNonNull(webSearch, "webSearch"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Tool> tools() {
        return tools;
    }
}
