/**
 * Agents: immutable, versioned configurations — model, system prompt, tools (the built-in toolset, custom tools, MCP
 * toolsets), MCP servers, skills, a multiagent roster and metadata — mirroring the Managed Agents agent object.
 *
 * <p>{@link dev.harness4j.agent.AgentSpec} holds create parameters and {@link dev.harness4j.agent.AgentUpdate} update
 * parameters, both validated against the documented limits and loadable from the hosted API's JSON (or the same as
 * YAML). {@link dev.harness4j.agent.Agents} is the service that creates versions in a
 * {@link dev.harness4j.store.Store}: version 1 at creation, one more per update, with optional optimistic concurrency.
 * Tool definitions are stored resolved, so the runtime asks
 * {@link dev.harness4j.agent.AgentToolset#effectiveConfig(String)} which built-in tools are enabled and how each is
 * gated.
 */
package dev.harness4j.agent;
