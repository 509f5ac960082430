package dev.harness4j.test.anthropic;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harness4j.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnthropicRequestValidatorTest {

    private static ObjectNode body(ArrayNode messages) {
        ObjectNode b = Json.mapper().createObjectNode().put("model", "m").put("max_tokens", 10);
        b.set("messages", messages);
        return b;
    }

    private static ObjectNode text(String role, String text) {
        ObjectNode m = Json.mapper().createObjectNode().put("role", role);
        m.putArray("content").addObject().put("type", "text").put("text", text);
        return m;
    }

    /** A conversation of turns; turn i has {@code toolsPerTurn.get(i)} tool calls, each answered in the next message. */
    private static ArrayNode conversation(List<Integer> toolsPerTurn) {
        ArrayNode messages = Json.mapper().createArrayNode();
        messages.add(text("user", "start"));
        int id = 0;
        for (int tools : toolsPerTurn) {
            ObjectNode assistant = messages.addObject().put("role", "assistant");
            ArrayNode uses = assistant.putArray("content");
            uses.addObject().put("type", "text").put("text", "working");
            ObjectNode user = Json.mapper().createObjectNode().put("role", "user");
            ArrayNode results = user.putArray("content");
            for (int t = 0; t < tools; t++) {
                String toolId = "toolu_" + (++id);
                uses.addObject().put("type", "tool_use").put("id", toolId).put("name", "read").putObject("input");
                results.addObject().put("type", "tool_result").put("tool_use_id", toolId).put("content", "r");
            }
            if (tools == 0) {
                results.addObject().put("type", "text").put("text", "more");
            }
            messages.add(user);
        }
        return messages;
    }

    @Test
    void pairedConversationsAreValidAndDroppingAnyResultIsNot() {
        qt().forAll(lists().of(integers().between(0, 3)).ofSizeBetween(0, 6), integers().between(0, 1000))
                .checkAssert((turns, pick) -> {
                    ArrayNode messages = conversation(turns);
                    assertNull(RequestValidator.problem(body(messages)));
                    int total = turns.stream().mapToInt(Integer::intValue).sum();
                    if (total == 0) {
                        return;
                    }
                    int victim = pick % total;
                    for (JsonNode m : messages) {
                        ArrayNode content = (ArrayNode) m.get("content");
                        for (int i = 0; i < content.size(); i++) {
                            if ("tool_result".equals(content.get(i).get("type").asText()) && victim-- == 0) {
                                content.remove(i);
                                String problem = RequestValidator.problem(body(messages));
                                assertNotNull(problem, messages.toString());
                                assertTrue(problem.contains("without tool_result"), problem);
                                return;
                            }
                        }
                    }
                });
    }

    @Test
    void duplicateAndOrphanResultsAndWrongOrderAreRejected() {
        ArrayNode messages = conversation(List.of(1));
        ArrayNode results = (ArrayNode) messages.get(2).get("content");
        results.add(results.get(0).deepCopy());
        assertTrue(RequestValidator.problem(body(messages)).contains("more than one tool_result"));

        ArrayNode orphan = conversation(List.of(0));
        ((ArrayNode) orphan.get(2).get("content")).addObject().put("type", "tool_result").put("tool_use_id", "x");
        assertTrue(RequestValidator.problem(body(orphan)).contains("unexpected tool_use_id 'x'"));

        ArrayNode late = conversation(List.of(1));
        ((ArrayNode) late.get(2).get("content")).insertObject(0).put("type", "text").put("text", "first");
        assertTrue(RequestValidator.problem(body(late)).contains("must come before"));
    }

    @Test
    void requiredFieldsAndToolsAreChecked() {
        ArrayNode ok = conversation(List.of());
        assertTrue(RequestValidator.problem(body(ok).put("max_tokens", 0)).startsWith("max_tokens"));
        ObjectNode noModel = body(ok);
        noModel.remove("model");
        assertTrue(RequestValidator.problem(noModel).startsWith("model"));
        ObjectNode badRole = body(Json.mapper().createArrayNode().add(text("system", "x")));
        assertTrue(RequestValidator.problem(badRole).contains(".role"));
        ObjectNode tools = body(ok);
        tools.putArray("tools").addObject().put("name", "read");
        assertTrue(RequestValidator.problem(tools).contains("input_schema"));
        ObjectNode dup = body(ok);
        ArrayNode t = dup.putArray("tools");
        t.addObject().put("name", "read").putObject("input_schema");
        t.addObject().put("name", "read").putObject("input_schema");
        assertTrue(RequestValidator.problem(dup).contains("unique"));
    }
}
