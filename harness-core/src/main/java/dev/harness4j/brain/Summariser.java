package dev.harness4j.brain;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.List;
import java.util.Locale;

/**
 * Builds the summarisation request of a compaction: the policy's instruction as the system prompt and the messages to
 * summarise rendered as one plain-text transcript (no tool_use blocks, so the request needs no tool specifications).
 */
final class Summariser {
    private Summariser() {
    }

    static ChatRequest request(String instruction, List<ChatMessage> older) {
        return ChatRequest.builder()
                .messages(SystemMessage.from(instruction), UserMessage.from(transcript(older)))
                .build();
    }

    static String transcript(List<ChatMessage> messages) {
        StringBuilder sb = new StringBuilder("Conversation to summarise:\n");
        for (ChatMessage m : messages) {
            sb.append('\n');
            if (m instanceof UserMessage u) {
                sb.append("[user] ");
                for (Content c : u.contents()) {
                    String text = c instanceof TextContent t ? t.text()
                            : "[" + c.type().name().toLowerCase(Locale.ROOT) + "]";
                    sb.append(text).append('\n');
                }
            } else if (m instanceof AiMessage ai) {
                if (ai.text() != null && !ai.text().isEmpty()) {
                    sb.append("[assistant] ").append(ai.text()).append('\n');
                }
                if (ai.toolExecutionRequests() != null) {
                    for (ToolExecutionRequest r : ai.toolExecutionRequests()) {
                        sb.append("[assistant called tool ").append(r.name()).append("] ").append(r.arguments())
                                .append('\n');
                    }
                }
            } else if (m instanceof ToolExecutionResultMessage r) {
                sb.append(Boolean.TRUE.equals(r.isError()) ? "[tool error from " : "[tool result from ")
                        .append(r.toolName()).append("] ").append(r.text()).append('\n');
            }
        }
        return sb.toString();
    }
}
