package dev.harness4j.brain;

import dev.harness4j.event.AgentCustomToolUse;
import dev.harness4j.event.AgentMcpToolResult;
import dev.harness4j.event.AgentMcpToolUse;
import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentThreadContextCompacted;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.OutcomeResult;
import dev.harness4j.event.SpanOutcomeEvaluationEnd;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.event.UserDefineOutcome;
import dev.harness4j.event.UserMessage;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incremental projection of a session's log into chat messages. It folds each event once, so a turn costs what
 * was appended since the previous turn, not the length of the session. It is the one place that enforces "every tool
 * use has exactly one result": a tool use left without a result gets a synthetic error result before anything else
 * is projected after it, and a result without its tool use (or a second result) is dropped.
 */
final class Projection {
    /** Text of the synthetic result given to a tool use that has none in the log. */
    static final String MISSING_RESULT = "error: no result was recorded for this tool call (interrupted or lost)";
    private static final Logger log = LoggerFactory.getLogger(Projection.class);
    private static final int BATCH = 512;

    private final List<ChatMessage> messages = new ArrayList<>();
    private long offset;
    // The assistant message being assembled from the events of one model response.
    private StringBuilder pendingText;
    private List<ToolExecutionRequest> pendingCalls;
    // Tool calls of the last assistant message still waiting for their result, id -> tool name.
    private final Map<String, String> open = new LinkedHashMap<>();
    // Input tokens and compaction attempts, and the summaries that replace older messages.
    private final ContextWindow window;

    /** A projection that never needs compacting. */
    Projection() {
        this(Long.MAX_VALUE);
    }

    /** A projection whose context should be compacted past {@code thresholdTokens} input tokens. */
    Projection(long thresholdTokens) {
        this.window = new ContextWindow(thresholdTokens);
    }

    /** Folds every event appended since the last call. */
    void advance(LogView view) {
        long size = view.size();
        while (offset < size) {
            List<Event> batch = view.read(offset, (int) Math.min(BATCH, size - offset));
            if (batch.isEmpty()) {
                break;
            }
            for (Event e : batch) {
                fold(e);
            }
            offset += batch.size();
        }
    }

    /** The messages so far, with synthetic results for tool calls that are still open. */
    List<ChatMessage> snapshot() {
        List<ChatMessage> out = new ArrayList<>(messages.size() + 1 + open.size());
        out.addAll(messages);
        if (pendingText != null || pendingCalls != null) {
            out.add(pendingAiMessage());
            for (ToolExecutionRequest r : pendingCalls == null ? List.<ToolExecutionRequest>of() : pendingCalls) {
                out.add(missingResult(r.id(), r.name()));
            }
        }
        open.forEach((id, name) -> out.add(missingResult(id, name)));
        return out;
    }

    /** The messages folded so far, without the assistant message being assembled or synthetic results. */
    List<ChatMessage> committed() {
        return List.copyOf(messages);
    }

    /** The compaction state. */
    ContextWindow window() {
        return window;
    }

    /** The log offset folded so far. */
    long offset() {
        return offset;
    }

    private void fold(Event e) {
        if (e instanceof UserMessage m) {
            if (m.processedAt() == null) {
                return; // the queued copy; the processed copy marks where the message enters the conversation
            }
            closeTurn();
            messages.add(Conversions.userMessage(m.content()));
        } else if (e instanceof UserDefineOutcome d) {
            if (d.processedAt() != null) {
                closeTurn();
                messages.add(dev.langchain4j.data.message.UserMessage.from(OutcomeInput.outcome(d)));
            }
        } else if (e instanceof SpanOutcomeEvaluationEnd end) {
            if (end.result() == OutcomeResult.NEEDS_REVISION) {
                closeTurn();
                messages.add(dev.langchain4j.data.message.UserMessage.from(OutcomeInput.revision(end)));
            }
        } else if (e instanceof SpanModelRequestStart) {
            closeTurn();
        } else if (e instanceof AgentMessage m) {
            text().append(m.text());
        } else if (e instanceof AgentToolUse u) {
            call(u.id(), u.name(), u.input());
        } else if (e instanceof AgentCustomToolUse u) {
            call(u.id(), u.name(), u.input());
        } else if (e instanceof AgentMcpToolUse u) {
            call(u.id(), u.name(), u.input());
        } else if (e instanceof SpanModelRequestEnd end) {
            flushAiMessage();
            window.requestEnded(end);
        } else if (e instanceof AgentThreadContextCompacted c) {
            closeTurn();
            window.compacted(c, messages);
        } else if (e instanceof SessionError error) {
            window.error(error);
        } else if (e instanceof AgentToolResult r) {
            result(r.toolUseId(), r.content(), r.isError());
        } else if (e instanceof AgentMcpToolResult r) {
            result(r.mcpToolUseId(), r.content(), r.isError());
        } else if (e instanceof UserCustomToolResult r && r.processedAt() != null) {
            result(r.customToolUseId(), r.content(), r.isError());
        }
    }

    private StringBuilder text() {
        if (pendingText == null) {
            pendingText = new StringBuilder();
        }
        return pendingText;
    }

    private void call(String id, String name, Map<String, Object> input) {
        if (pendingCalls == null) {
            pendingCalls = new ArrayList<>(2);
        }
        pendingCalls.add(ToolExecutionRequest.builder().id(id).name(name).arguments(Conversions.toJson(input)).build());
    }

    private void flushAiMessage() {
        if (pendingText == null && pendingCalls == null) {
            return;
        }
        closeOpenCalls();
        messages.add(pendingAiMessage());
        if (pendingCalls != null) {
            for (ToolExecutionRequest r : pendingCalls) {
                open.put(r.id(), r.name());
            }
        }
        pendingText = null;
        pendingCalls = null;
    }

    private AiMessage pendingAiMessage() {
        AiMessage.Builder b = AiMessage.builder();
        if (pendingText != null && pendingText.length() > 0) {
            b.text(pendingText.toString());
        }
        if (pendingCalls != null) {
            b.toolExecutionRequests(List.copyOf(pendingCalls));
        }
        return b.build();
    }

    private void result(String toolUseId, List<ContentBlock> content, Boolean isError) {
        flushAiMessage();
        String name = open.remove(toolUseId);
        if (name == null) {
            log.debug("dropping a tool result for {}: no open tool use has that id", toolUseId);
            return;
        }
        messages.add(ToolExecutionResultMessage.builder().id(toolUseId).toolName(name)
                .text(Conversions.text(content)).isError(Boolean.TRUE.equals(isError)).build());
    }

    /** Ends the previous assistant turn: flushes its message and closes calls that never got a result. */
    private void closeTurn() {
        flushAiMessage();
        closeOpenCalls();
    }

    private void closeOpenCalls() {
        if (!open.isEmpty()) {
            open.forEach((id, name) -> messages.add(missingResult(id, name)));
            open.clear();
        }
    }

    private static ToolExecutionResultMessage missingResult(String id, String name) {
        return ToolExecutionResultMessage.builder().id(id).toolName(name).text(MISSING_RESULT).isError(true).build();
    }
}
