package dev.harness4j.hands;

import java.util.List;

/**
 * Supplies the tools of a toolset type (e.g. {@code agent_toolset_20260401}); found through {@link java.util.ServiceLoader}
 * so the toolset resolves whenever its module is on the classpath.
 */
public interface ToolsetProvider {

    /** The toolset type this provider serves, as it appears in an agent's {@code tools[].type}. */
    String type();

    /** The tools of the toolset, enabled or not; the harness filters them by the agent's configuration. */
    List<Tool> tools();
}
