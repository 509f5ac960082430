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
import dev.langchain4j.model.output.TokenUsage;

/**
 * The deterministic default usage of a scripted reply: about four characters per token, plus a small overhead per
 * message, per non-text content part and per tool offered. The input count therefore grows with the conversation,
 * as a real model's does, which is what compaction and budget tests need.
 */
final class TokenEstimate {
    static final int PER_MESSAGE = 4;
    static final int PER_TOOL = 8;
    static final int PER_MEDIA = 256;

    private TokenEstimate() {
    }

    /** The estimated usage of answering {@code request} with {@code reply}. */
    static TokenUsage of(ChatRequest request, AiMessage reply) {
        return new TokenUsage(input(request), Math.max(1, PER_MESSAGE + tokens(chars(reply))));
    }

    static int input(ChatRequest request) {
        int total = 0;
        for (ChatMessage m : request.messages()) {
            total += PER_MESSAGE + tokens(chars(m));
            if (m instanceof UserMessage u) {
                for (Content c : u.contents()) {
                    if (!(c instanceof TextContent)) {
                        total += PER_MEDIA;
                    }
                }
            }
        }
        if (request.toolSpecifications() != null) {
            for (ToolSpecification t : request.toolSpecifications()) {
                total += PER_TOOL + tokens(length(t.name()) + length(t.description()));
            }
        }
        return total;
    }

    private static int chars(ChatMessage message) {
        if (message instanceof SystemMessage m) {
            return length(m.text());
        }
        if (message instanceof UserMessage m) {
            int n = 0;
            for (Content c : m.contents()) {
                if (c instanceof TextContent t) {
                    n += length(t.text());
                }
            }
            return n;
        }
        if (message instanceof AiMessage m) {
            int n = length(m.text()) + length(m.thinking());
            if (m.toolExecutionRequests() != null) {
                for (ToolExecutionRequest r : m.toolExecutionRequests()) {
                    n += length(r.name()) + length(r.arguments());
                }
            }
            return n;
        }
        if (message instanceof ToolExecutionResultMessage m) {
            return length(m.text());
        }
        return 0;
    }

    private static int tokens(int chars) {
        return (chars + 3) / 4;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
