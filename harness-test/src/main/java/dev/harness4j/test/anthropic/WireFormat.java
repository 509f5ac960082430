package dev.harness4j.test.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harness4j.json.Json;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Renders scripted replies in the Messages API wire format: a JSON message, an SSE stream, an error envelope. */
final class WireFormat {
    /** Characters of tool input JSON per {@code input_json_delta}, to exercise the client's reassembly. */
    private static final int JSON_CHUNK = 16;

    private WireFormat() {
    }

    /** One server-sent event: its name and JSON data. */
    record Sse(String event, ObjectNode data) {
        String render() {
            return "event: " + event + "\ndata: " + write(data) + "\n\n";
        }
    }

    /** A complete, resolved reply: blocks with ids filled in, stop reason, usage and model decided. */
    record Resolved(String id, String model, List<ReplyBlock> content, String stopReason, ReplyUsage usage) {
    }

    static ObjectNode message(Resolved r) {
        ObjectNode m = Json.mapper().createObjectNode();
        m.put("id", r.id());
        m.put("type", "message");
        m.put("role", "assistant");
        m.put("model", r.model());
        ArrayNode content = m.putArray("content");
        for (ReplyBlock b : r.content()) {
            content.add(block(b));
        }
        m.put("stop_reason", r.stopReason());
        m.putNull("stop_sequence");
        m.set("usage", usage(r.usage(), r.usage().outputTokens()));
        return m;
    }

    static ObjectNode error(String type, String message) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("type", "error");
        ObjectNode error = root.putObject("error");
        error.put("type", type);
        error.put("message", message);
        return root;
    }

    /** The event sequence of a streamed reply, as the Messages API sends it. */
    static List<Sse> stream(Resolved r) {
        List<Sse> events = new ArrayList<>();
        ObjectNode start = Json.mapper().createObjectNode();
        start.put("type", "message_start");
        ObjectNode message = start.putObject("message");
        message.put("id", r.id());
        message.put("type", "message");
        message.put("role", "assistant");
        message.put("model", r.model());
        message.putArray("content");
        message.putNull("stop_reason");
        message.putNull("stop_sequence");
        message.set("usage", usage(r.usage(), Math.min(1, r.usage().outputTokens())));
        events.add(new Sse("message_start", start));
        events.add(new Sse("ping", typed("ping")));
        for (int i = 0; i < r.content().size(); i++) {
            blockEvents(i, r.content().get(i), events);
        }
        ObjectNode delta = typed("message_delta");
        ObjectNode d = delta.putObject("delta");
        d.put("stop_reason", r.stopReason());
        d.putNull("stop_sequence");
        delta.putObject("usage").put("output_tokens", r.usage().outputTokens());
        events.add(new Sse("message_delta", delta));
        events.add(new Sse("message_stop", typed("message_stop")));
        return events;
    }

    private static void blockEvents(int index, ReplyBlock b, List<Sse> events) {
        ObjectNode start = typed("content_block_start");
        start.put("index", index);
        List<ObjectNode> deltas = new ArrayList<>();
        if (b instanceof ReplyBlock.Text t) {
            start.putObject("content_block").put("type", "text").put("text", "");
            deltas.add(delta("text_delta", "text", t.text()));
        } else if (b instanceof ReplyBlock.ToolUse u) {
            ObjectNode cb = start.putObject("content_block");
            cb.put("type", "tool_use").put("id", u.id()).put("name", u.name());
            cb.putObject("input");
            String json = write(u.input());
            for (int from = 0; from < json.length(); from += JSON_CHUNK) {
                deltas.add(delta("input_json_delta", "partial_json",
                        json.substring(from, Math.min(json.length(), from + JSON_CHUNK))));
            }
        } else if (b instanceof ReplyBlock.Thinking t) {
            start.putObject("content_block").put("type", "thinking").put("thinking", "");
            deltas.add(delta("thinking_delta", "thinking", t.thinking()));
            deltas.add(delta("signature_delta", "signature", t.signature()));
        } else if (b instanceof ReplyBlock.RedactedThinking r) {
            start.set("content_block", block(r));
        }
        events.add(new Sse("content_block_start", start));
        for (ObjectNode d : deltas) {
            ObjectNode event = typed("content_block_delta");
            event.put("index", index);
            event.set("delta", d);
            events.add(new Sse("content_block_delta", event));
        }
        ObjectNode stop = typed("content_block_stop");
        stop.put("index", index);
        events.add(new Sse("content_block_stop", stop));
    }

    private static ObjectNode delta(String type, String field, String value) {
        ObjectNode d = typed(type);
        d.put(field, value);
        return d;
    }

    private static ObjectNode block(ReplyBlock b) {
        ObjectNode n = Json.mapper().createObjectNode();
        if (b instanceof ReplyBlock.Text t) {
            n.put("type", "text").put("text", t.text());
        } else if (b instanceof ReplyBlock.ToolUse u) {
            n.put("type", "tool_use").put("id", u.id()).put("name", u.name());
            n.set("input", u.input());
        } else if (b instanceof ReplyBlock.Thinking t) {
            n.put("type", "thinking").put("thinking", t.thinking()).put("signature", t.signature());
        } else if (b instanceof ReplyBlock.RedactedThinking r) {
            n.put("type", "redacted_thinking").put("data", r.data());
        }
        return n;
    }

    private static ObjectNode usage(ReplyUsage u, int outputTokens) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("input_tokens", u.inputTokens());
        n.put("cache_creation_input_tokens", u.cacheCreationInputTokens());
        n.put("cache_read_input_tokens", u.cacheReadInputTokens());
        n.put("output_tokens", outputTokens);
        return n;
    }

    private static ObjectNode typed(String type) {
        return Json.mapper().createObjectNode().put("type", type);
    }

    static String write(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A deterministic usage estimate: about four characters per token of the request body and of the reply. */
    static ReplyUsage estimate(String requestBody, List<ReplyBlock> content) {
        int chars = 0;
        for (ReplyBlock b : content) {
            chars += write(block(b)).length();
        }
        return ReplyUsage.of((requestBody.length() + 3) / 4, 1 + (chars + 3) / 4);
    }
}
