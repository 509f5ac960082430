package dev.harness4j.tools;

import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolsetProvider;
import dev.harness4j.tools.file.EditTool;
import dev.harness4j.tools.file.GlobTool;
import dev.harness4j.tools.file.GrepTool;
import dev.harness4j.tools.file.ReadTool;
import dev.harness4j.tools.file.WriteTool;
import java.util.List;

/**
 * The built-in toolset {@value #TYPE}: {@code bash, read, write, edit, glob, grep, web_fetch, web_search}. Registered
 * through {@link java.util.ServiceLoader}; {@code bash}, {@code web_fetch} and {@code web_search} answer every call
 * with an error saying they are not available yet.
 */
public final class AgentToolsetProvider implements ToolsetProvider {
    /** The toolset type, as it appears in an agent's {@code tools[].type}. */
    public static final String TYPE = "agent_toolset_20260401";

    private final List<Tool> tools = List.of(
            UnavailableTool.bash(),
            new ReadTool(),
            new WriteTool(),
            new EditTool(),
            new GlobTool(),
            new GrepTool(),
            UnavailableTool.webFetch(),
            UnavailableTool.webSearch());

    /** Creates the provider (ServiceLoader calls this). */
    public AgentToolsetProvider() {
        // the tools are stateless and shared by every session
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
