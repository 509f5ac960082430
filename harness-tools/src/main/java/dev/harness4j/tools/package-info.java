/**
 * The built-in toolset {@code agent_toolset_20260401}. {@link dev.harness4j.tools.AgentToolsetProvider} supplies its
 * eight tools to the harness through {@link java.util.ServiceLoader}, so an agent declaring
 * {@code {"type": "agent_toolset_20260401"}} resolves whenever this module is on the classpath. The file tools live in
 * {@link dev.harness4j.tools.file}; the tools not implemented yet answer with an error saying what to use instead.
 */
package dev.harness4j.tools;
