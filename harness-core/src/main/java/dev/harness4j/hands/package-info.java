/**
 * Hands: the tools an agent calls and how they run over a session's workspace. {@link dev.harness4j.hands.Tool} is the
 * SPI for one tool, {@link dev.harness4j.hands.ToolsetProvider} supplies a whole toolset through ServiceLoader.
 *
 * <p>The embedding application has two more hooks, registered on the harness builder and carried by
 * {@link dev.harness4j.hands.HostTools}: a {@link dev.harness4j.hands.ToolGate} decides each built-in tool call
 * before the agent's permission policy ({@link dev.harness4j.hands.ToolVerdict}: allow, ask or deny with a reason),
 * and {@link dev.harness4j.hands.CustomToolHandler}s answer the agent's custom tools in-process.
 * {@link dev.harness4j.hands.Toolbox} resolves all of it for one agent.
 */
package dev.harness4j.hands;
