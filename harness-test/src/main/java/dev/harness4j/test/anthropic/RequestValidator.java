package dev.harness4j.test.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The checks the real Messages API makes that a harness is most likely to break: required fields, roles, and the
 * pairing of every {@code tool_use} with exactly one {@code tool_result} in the very next user message.
 */
final class RequestValidator {
    private static final JsonNode EMPTY = JsonNodeFactory.instance.arrayNode();

    private RequestValidator() {
    }

    /** The first problem found in a {@code POST /v1/messages} body, or null if it is acceptable. */
    static String problem(JsonNode body) {
        if (body == null || !body.isObject()) {
            return "the body is not a JSON object";
        }
        if (!body.path("model").isTextual() || body.path("model").asText().isBlank()) {
            return "model: a non-blank string is required";
        }
        if (!body.path("max_tokens").isIntegralNumber() || body.path("max_tokens").asLong() < 1) {
            return "max_tokens: a positive integer is required";
        }
        JsonNode system = body.path("system");
        if (!system.isMissingNode() && !system.isTextual() && !system.isArray()) {
            return "system: must be a string or an array of text blocks";
        }
        String tools = toolsProblem(body.path("tools"));
        if (tools != null) {
            return tools;
        }
        JsonNode messages = body.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            return "messages: a non-empty array is required";
        }
        Set<String> open = new LinkedHashSet<>();
        for (int i = 0; i < messages.size(); i++) {
            String problem = messageProblem(messages.get(i), i, open);
            if (problem != null) {
                return problem;
            }
        }
        if (!open.isEmpty()) {
            return "messages." + (messages.size() - 1) + ": tool_use ids were found without tool_result blocks"
                    + " immediately after: " + open;
        }
        return null;
    }

    private static String toolsProblem(JsonNode tools) {
        if (tools.isMissingNode()) {
            return null;
        }
        if (!tools.isArray()) {
            return "tools: must be an array";
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < tools.size(); i++) {
            JsonNode t = tools.get(i);
            String name = t.path("name").asText("");
            if (name.isBlank()) {
                return "tools." + i + ".name: required";
            }
            if (!names.add(name)) {
                return "tools: tool names must be unique, '" + name + "' appears twice";
            }
            boolean custom = !t.has("type") || "custom".equals(t.path("type").asText());
            if (custom && !t.path("input_schema").isObject()) {
                return "tools." + i + ".input_schema: an object is required for tool '" + name + "'";
            }
        }
        return null;
    }

    /** Checks one message; {@code open} holds the tool_use ids of the previous assistant message still unanswered. */
    private static String messageProblem(JsonNode message, int i, Set<String> open) {
        String where = "messages." + i;
        String role = message.path("role").asText("");
        if (!role.equals("user") && !role.equals("assistant")) {
            return where + ".role: must be 'user' or 'assistant', got '" + role + "'";
        }
        JsonNode content = message.path("content");
        if (!content.isTextual() && !content.isArray()) {
            return where + ".content: must be a string or an array of blocks";
        }
        if (role.equals("assistant")) {
            if (!open.isEmpty()) {
                return where + ": tool_use ids were found without tool_result blocks immediately after: " + open;
            }
            for (JsonNode block : content.isArray() ? content : EMPTY) {
                if ("tool_use".equals(block.path("type").asText())) {
                    String id = block.path("id").asText("");
                    if (id.isBlank() || !open.add(id)) {
                        return where + ": tool_use id '" + id + "' is blank or repeated";
                    }
                }
            }
            return null;
        }
        Set<String> expected = new LinkedHashSet<>(open);
        boolean otherSeen = false;
        for (JsonNode block : content.isArray() ? content : EMPTY) {
            if (!"tool_result".equals(block.path("type").asText())) {
                otherSeen = true;
                continue;
            }
            String id = block.path("tool_use_id").asText("");
            if (!expected.contains(id)) {
                return where + ": unexpected tool_use_id '" + id + "' in tool_result block: each tool_result must"
                        + " have a corresponding tool_use block in the previous message";
            }
            if (!open.remove(id)) {
                return where + ": more than one tool_result for tool_use_id '" + id + "'";
            }
            if (otherSeen) {
                return where + ": tool_result blocks must come before any other content in the message";
            }
        }
        if (!open.isEmpty()) {
            return where + ": tool_use ids were found without tool_result blocks immediately after: " + open;
        }
        return null;
    }

}
