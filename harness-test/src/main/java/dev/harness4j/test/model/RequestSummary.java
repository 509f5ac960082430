package dev.harness4j.test.model;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;

/** Renders chat requests and messages as short, one-line summaries for failure messages. */
final class RequestSummary {
    private static final int MAX_TEXT = 80;

    private RequestSummary() {
    }

    /** A one-line summary: message count, each message abbreviated, and the tool names offered. */
    static String of(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        StringBuilder sb = new StringBuilder();
        sb.append(messages.size()).append(messages.size() == 1 ? " message: " : " messages: ");
        for (int i = 0; i < messages.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(of(messages.get(i)));
        }
        List<ToolSpecification> tools = request.toolSpecifications();
        if (tools != null && !tools.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (ToolSpecification t : tools) {
                names.add(t.name());
            }
            sb.append("; tools ").append(names);
        }
        return sb.toString();
    }

    /** One message as {@code role(…)}. */
    static String of(ChatMessage message) {
        if (message instanceof SystemMessage m) {
            return "system(" + quote(m.text()) + ")";
        }
        if (message instanceof UserMessage m) {
            List<String> parts = new ArrayList<>();
            for (Content c : m.contents()) {
                parts.add(c instanceof TextContent t ? quote(t.text()) : c.type().name().toLowerCase());
            }
            return "user(" + String.join(", ", parts) + ")";
        }
        if (message instanceof AiMessage m) {
            List<String> parts = new ArrayList<>();
            if (m.thinking() != null) {
                parts.add("thinking " + quote(m.thinking()));
            }
            if (m.text() != null) {
                parts.add(quote(m.text()));
            }
            if (m.toolExecutionRequests() != null) {
                for (ToolExecutionRequest r : m.toolExecutionRequests()) {
                    parts.add("tool_use " + r.name() + "#" + r.id() + " " + abbreviate(r.arguments()));
                }
            }
            return "ai(" + String.join(", ", parts) + ")";
        }
        if (message instanceof ToolExecutionResultMessage m) {
            String error = Boolean.TRUE.equals(m.isError()) ? " error" : "";
            return "tool_result(" + m.id() + error + ", " + quote(m.text()) + ")";
        }
        return message.type().name().toLowerCase() + "(" + abbreviate(String.valueOf(message)) + ")";
    }

    private static String quote(String text) {
        return text == null ? "null" : "\"" + abbreviate(text) + "\"";
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        String oneLine = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\"", "\\\"");
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT) + "…(" + text.length() + " chars)";
    }
}
