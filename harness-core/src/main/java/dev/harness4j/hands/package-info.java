/**
 * Hands: the tools an agent calls and how they run over a session's workspace. {@link dev.harness4j.hands.Tool} is the
 * SPI for one tool, {@link dev.harness4j.hands.ToolsetProvider} supplies a whole toolset through ServiceLoader.
 */
package dev.harness4j.hands;
