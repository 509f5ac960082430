package dev.harness4j.event;

/** An event the agent emits: messages, thinking, tool use and results, cross-thread messages. */
public sealed interface AgentEvent extends Event
        permits AgentMessage, AgentThinking, AgentToolUse, AgentToolResult, AgentMcpToolUse, AgentMcpToolResult,
        AgentCustomToolUse, AgentThreadContextCompacted, AgentThreadMessageSent, AgentThreadMessageReceived {
}
