package dev.harness4j.brain;

import dev.harness4j.event.AgentThreadContextCompacted;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The compaction state of one session's projection, folded from the log: the input tokens of the latest model request,
 * whether a compaction preceded it, and how many compactions in a row left the next request over the threshold. It
 * also applies a recorded compaction to the projected messages.
 */
final class ContextWindow {
    /** The text that introduces a summary in the projected conversation. */
    static final String SUMMARY_PREFIX = "Summary of the earlier part of this conversation (it was compacted):\n\n";

    private final long threshold;
    private long lastInputTokens;
    private boolean compactedSinceRequest;
    private int ineffective;

    ContextWindow(long threshold) {
        this.threshold = threshold;
    }

    /** A model request ended: its input is what the next request will at least carry. */
    void requestEnded(SpanModelRequestEnd end) {
        if (Boolean.TRUE.equals(end.isError())) {
            return;
        }
        ModelUsage u = end.modelUsage();
        lastInputTokens = u.inputTokens() + u.cacheCreationInputTokens() + u.cacheReadInputTokens();
        // Only the first request after a compaction tells whether it helped (a summarisation request's own end,
        // which comes before its compaction event, says nothing about it).
        if (compactedSinceRequest) {
            ineffective = lastInputTokens > threshold ? ineffective + 1 : 0;
            compactedSinceRequest = false;
        }
    }

    /** A compaction was recorded: its summary replaces the oldest messages (when the event carries one). */
    void compacted(AgentThreadContextCompacted event, List<ChatMessage> messages) {
        lastInputTokens = 0;
        compactedSinceRequest = true;
        if (event.summary() == null) {
            return; // a hosted-shape event: nothing to apply
        }
        int cut = Math.min(event.compactedMessages(), messages.size());
        List<ChatMessage> tail = new ArrayList<>(messages.subList(cut, messages.size()));
        messages.clear();
        String summary = SUMMARY_PREFIX + event.summary();
        if (!tail.isEmpty() && tail.get(0) instanceof UserMessage first) {
            List<Content> contents = new ArrayList<>(first.contents().size() + 1);
            contents.add(TextContent.from(summary));
            contents.addAll(first.contents());
            messages.add(UserMessage.from(contents));
            messages.addAll(tail.subList(1, tail.size()));
        } else {
            messages.add(UserMessage.from(summary));
            messages.addAll(tail);
        }
    }

    /** A session error: giving up on compaction lets the next turn try afresh. */
    void error(SessionError error) {
        if ("compaction_limit_reached_error".equals(error.error().type())) {
            ineffective = 0;
        }
    }

    long lastInputTokens() {
        return lastInputTokens;
    }

    int ineffective() {
        return ineffective;
    }

    boolean overThreshold() {
        return lastInputTokens > threshold;
    }

    /**
     * Where to cut {@code messages} keeping at least {@code keep} recent ones: the largest index at most
     * {@code size - keep} whose message starts a user or assistant turn (never a tool result, so no tool call is
     * separated from its result); 0 when there is none.
     */
    static int cutPoint(List<ChatMessage> messages, int keep) {
        for (int k = messages.size() - keep; k >= 1; k--) {
            if (!(messages.get(k) instanceof ToolExecutionResultMessage)) {
                return k;
            }
        }
        return 0;
    }
}
