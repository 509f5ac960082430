package dev.harness4j.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input is refused with an {@link EventValidationException} whose message names the event type and the field (or
 * says what the input is instead of an event); the same through the string, byte and tree decoders.
 */
class EventCodecNegativeTest {
    private static final EventCodec CODEC = EventCodec.get();
    private static final String AT = ",\"processed_at\":\"2026-04-08T12:00:00.000Z\"";

    static Stream<Arguments> badEvents() {
        return Stream.of(
                // Not JSON, not an object, no or unknown type.
                bad("{\"type\":\"user.interrupt\"", "malformed event JSON", "end-of-input"),
                bad("{\"type\":\"user.interrupt\"} {}", "malformed event JSON"),
                bad("{'type':'user.interrupt'}", "malformed event JSON"),
                bad("", "event JSON is empty"),
                bad("   ", "event JSON is empty"),
                bad("null", "event JSON is null"),
                bad("[{\"type\":\"user.interrupt\"}]", "expected a JSON object", "got an array"),
                bad("[\"user.interrupt\",{}]", "expected a JSON object", "got an array"),
                bad("\"user.interrupt\"", "expected a JSON object", "got a string"),
                bad("42", "expected a JSON object", "got a number"),
                bad("{}", "event has no 'type' field"),
                bad("{\"id\":\"sevt_1\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}", "event has no 'type' field"),
                bad("{\"type\":null}", "event has no 'type' field"),
                bad("{\"type\":5}", "'type' must be a string", "got a number"),
                bad("{\"type\":\"user.messages\",\"content\":[]}", "unknown event type 'user.messages'", "user.message"),
                bad("{\"type\":\"session.thread_spawned\"}", "unknown event type 'session.thread_spawned'"),
                bad("{\"type\":\"user.interrupt\",\"type\":\"user.message\"}", "Duplicate field 'type'"),
                // Missing required fields, for each user event type (user.interrupt has none besides its type).
                bad("{\"type\":\"user.message\"}", "user.message", "content is required"),
                bad("{\"type\":\"user.message\",\"content\":null}", "user.message", "content is required"),
                bad("{\"type\":\"user.message\",\"content\":[]}", "user.message", "content must not be empty"),
                bad("{\"type\":\"user.message\",\"content\":[null]}", "user.message", "content must not contain null"),
                bad("{\"type\":\"user.message\",\"content\":[{\"type\":\"text\"}]}",
                        "user.message", "content[0]", "text is required"),
                bad("{\"type\":\"user.message\",\"content\":[{\"text\":\"hi\"}]}",
                        "user.message", "content[0]", "content block has no 'type' field"),
                bad("{\"type\":\"user.message\",\"content\":[{\"type\":\"image\",\"source\":{\"type\":\"base64\","
                        + "\"data\":\"AAAA\"}}]}", "user.message", "content[0].source", "media_type is required"),
                bad("{\"type\":\"user.tool_confirmation\",\"result\":\"allow\"}",
                        "user.tool_confirmation", "tool_use_id is required"),
                bad("{\"type\":\"user.tool_confirmation\",\"tool_use_id\":\"sevt_1\"}",
                        "user.tool_confirmation", "result is required"),
                bad("{\"type\":\"user.custom_tool_result\",\"content\":[{\"type\":\"text\",\"text\":\"ok\"}]}",
                        "user.custom_tool_result", "custom_tool_use_id is required"),
                bad("{\"type\":\"user.define_outcome\",\"rubric\":{\"type\":\"text\",\"content\":\"r\"}}",
                        "user.define_outcome", "description is required"),
                bad("{\"type\":\"user.define_outcome\",\"description\":\"d\"}", "user.define_outcome", "rubric is required"),
                bad("{\"type\":\"user.define_outcome\",\"description\":\"d\",\"rubric\":{\"type\":\"text\"}}",
                        "user.define_outcome", "rubric", "content is required"),
                bad("{\"type\":\"user.define_outcome\",\"description\":\"d\",\"rubric\":{\"type\":\"file\"}}",
                        "user.define_outcome", "rubric", "file_id is required"),
                // Missing required fields of server events.
                bad("{\"type\":\"agent.message\",\"content\":[]" + AT + "}", "agent.message", "id is required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.tool_use\",\"name\":\"bash\"" + AT + "}",
                        "agent.tool_use", "input is required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.status_idle\",\"stop_details\":null" + AT + "}",
                        "session.status_idle", "stop_reason is required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"span.outcome_evaluation_start\",\"outcome_id\":\"outc_1\"" + AT + "}",
                        "span.outcome_evaluation_start", "iteration", "required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"span.model_request_end\",\"model_request_start_id\":\"sevt_0\","
                        + "\"is_error\":false,\"model_usage\":{\"input_tokens\":1}" + AT + "}",
                        "span.model_request_end", "model_usage.output_tokens", "required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.error\",\"error\":{\"type\":\"unknown_error\","
                        + "\"message\":\"m\"}" + AT + "}", "session.error", "retry_status", "required"),
                // Wrong field types.
                bad("{\"type\":\"user.message\",\"content\":\"hi\"}", "user.message", "content", "String value"),
                bad("{\"type\":\"user.message\",\"content\":{\"type\":\"text\",\"text\":\"hi\"}}",
                        "user.message", "content"),
                bad("{\"type\":\"user.message\",\"content\":[\"hi\"]}", "user.message", "content[0]",
                        "expected a JSON object", "got a string"),
                bad("{\"type\":\"user.message\",\"content\":[[\"text\",{\"text\":\"hi\"}]]}", "user.message",
                        "content[0]", "expected a JSON object", "got an array"),
                bad("{\"type\":\"user.message\",\"content\":[{\"type\":\"text\",\"text\":5}]}",
                        "user.message", "content[0].text", "Integer value"),
                bad("{\"type\":\"user.message\",\"content\":[{\"type\":\"text\",\"text\":true}]}",
                        "user.message", "content[0].text", "Boolean value"),
                bad("{\"type\":\"user.tool_confirmation\",\"tool_use_id\":7,\"result\":\"allow\"}",
                        "user.tool_confirmation", "tool_use_id", "Integer value"),
                bad("{\"type\":\"user.custom_tool_result\",\"custom_tool_use_id\":\"sevt_1\",\"is_error\":\"true\"}",
                        "user.custom_tool_result", "is_error", "String value"),
                bad("{\"type\":\"user.custom_tool_result\",\"custom_tool_use_id\":\"sevt_1\",\"is_error\":1}",
                        "user.custom_tool_result", "is_error"),
                bad("{\"type\":\"user.define_outcome\",\"description\":\"d\",\"rubric\":\"be good\"}",
                        "user.define_outcome", "rubric", "expected a JSON object", "got a string"),
                bad("{\"type\":\"user.define_outcome\",\"description\":\"d\",\"rubric\":{\"type\":\"text\","
                        + "\"content\":\"r\"},\"max_iterations\":\"5\"}", "user.define_outcome", "max_iterations"),
                bad("{\"type\":\"user.define_outcome\",\"description\":\"d\",\"rubric\":{\"type\":\"text\","
                        + "\"content\":\"r\"},\"max_iterations\":2.5}", "user.define_outcome", "max_iterations"),
                bad("{\"type\":\"user.interrupt\",\"session_thread_id\":[\"sthr_1\"]}",
                        "user.interrupt", "session_thread_id"),
                bad("{\"type\":\"user.message\",\"content\":[{\"type\":\"text\",\"text\":\"a\"}],"
                        + "\"processed_at\":\"yesterday\"}", "user.message", "processed_at", "RFC 3339"),
                bad("{\"type\":\"user.message\",\"content\":[{\"type\":\"text\",\"text\":\"a\"}],"
                        + "\"processed_at\":1712577600}", "user.message", "processed_at"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.tool_use\",\"name\":\"bash\",\"input\":[]" + AT + "}",
                        "agent.tool_use", "input"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.tool_use\",\"name\":\"bash\",\"input\":\"ls\"" + AT + "}",
                        "agent.tool_use", "input"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.tool_use\",\"name\":\"x\",\"input\":{\"n\":1e999}" + AT + "}",
                        "agent.tool_use", "input.n", "cannot be written as JSON"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.status_idle\",\"stop_reason\":{\"type\":\"requires_action\","
                        + "\"event_ids\":\"sevt_2\"},\"stop_details\":null" + AT + "}",
                        "session.status_idle", "stop_reason.event_ids"),
                bad("{\"id\":\"sevt_1\",\"type\":\"span.outcome_evaluation_ongoing\",\"outcome_id\":\"outc_1\","
                        + "\"iteration\":\"0\"" + AT + "}", "span.outcome_evaluation_ongoing", "iteration"),
                bad("{\"id\":\"sevt_1\",\"type\":\"span.outcome_evaluation_ongoing\",\"outcome_id\":\"outc_1\","
                        + "\"iteration\":0.5" + AT + "}", "span.outcome_evaluation_ongoing", "iteration"),
                bad("{\"id\":\"sevt_1\",\"type\":\"span.outcome_evaluation_ongoing\",\"outcome_id\":\"outc_1\","
                        + "\"iteration\":-1" + AT + "}", "span.outcome_evaluation_ongoing", "iteration must not be negative"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.error\",\"error\":\"boom\"" + AT + "}", "session.error", "error"),
                // Unknown fields, at the top and nested.
                bad("{\"type\":\"user.interrupt\",\"reason\":\"stop\"}", "user.interrupt", "unknown field 'reason'",
                        "session_thread_id"),
                bad("{\"type\":\"user.message\",\"content\":[{\"type\":\"text\",\"text\":\"a\",\"cache_control\":{}}]}",
                        "user.message", "content[0]", "unknown field 'cache_control'"),
                bad("{\"type\":\"user.message\",\"content\":[{\"type\":\"video\",\"source\":{}}]}",
                        "user.message", "content[0]", "unknown content block type 'video'"),
                bad("{\"type\":\"user.message\",\"content\":[{\"type\":\"image\",\"source\":{\"type\":\"s3\"}}]}",
                        "user.message", "content[0].source", "unknown source type 's3'"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.status_idle\",\"stop_reason\":{\"type\":\"paused\"}"
                        + AT + "}", "session.status_idle", "unknown stop_reason type 'paused'"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.status_idle\",\"stop_reason\":{\"type\":\"end_turn\","
                        + "\"event_ids\":[]}" + AT + "}", "session.status_idle", "stop_reason",
                        "unknown field 'event_ids'"),
                // Bad enum values.
                bad("{\"type\":\"user.tool_confirmation\",\"tool_use_id\":\"sevt_1\",\"result\":\"maybe\"}",
                        "user.tool_confirmation", "result", "unknown value 'maybe'", "allow", "deny"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.tool_use\",\"name\":\"x\",\"input\":{},"
                        + "\"evaluated_permission\":\"sometimes\"" + AT + "}",
                        "agent.tool_use", "evaluated_permission", "unknown value 'sometimes'"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.error\",\"error\":{\"type\":\"unknown_error\","
                        + "\"message\":\"m\",\"retry_status\":{\"type\":\"later\"}}" + AT + "}",
                        "session.error", "retry_status.type", "unknown value 'later'"),
                bad("{\"id\":\"sevt_1\",\"type\":\"span.outcome_evaluation_end\",\"outcome_evaluation_start_id\":\"s\","
                        + "\"outcome_id\":\"o\",\"iteration\":0,\"result\":\"pending\",\"explanation\":\"e\","
                        + "\"usage\":{\"input_tokens\":0,\"output_tokens\":0,\"cache_creation_input_tokens\":0,"
                        + "\"cache_read_input_tokens\":0}" + AT + "}",
                        "span.outcome_evaluation_end", "result", "unknown value 'pending'"),
                // Limits and cross-field rules.
                bad(outcome(0), "user.define_outcome", "max_iterations must be between 1 and 20, got 0"),
                bad(outcome(21), "user.define_outcome", "max_iterations must be between 1 and 20, got 21"),
                bad(outcome(-3), "user.define_outcome", "max_iterations", "got -3"),
                bad("{\"type\":\"user.tool_confirmation\",\"tool_use_id\":\"sevt_1\",\"result\":\"allow\","
                        + "\"deny_message\":\"no\"}", "user.tool_confirmation", "deny_message", "only allowed with result deny"),
                // Blocks that the reference's unions do not allow in that place.
                bad("{\"type\":\"user.message\",\"content\":[{\"type\":\"search_result\",\"source\":\"s\",\"title\":\"t\","
                        + "\"content\":[]}]}", "user.message", "content[0]", "'search_result' is not allowed"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.message\",\"content\":[{\"type\":\"image\",\"source\":"
                        + "{\"type\":\"url\",\"url\":\"u\"}}]" + AT + "}", "agent.message", "'image' is not allowed"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.tool_result\",\"tool_use_id\":\"sevt_0\",\"content\":"
                        + "[{\"type\":\"redacted\"}]" + AT + "}", "agent.tool_result", "'redacted' is not allowed"),
                bad("{\"type\":\"user.message\",\"content\":[{\"type\":\"image\",\"source\":{\"type\":\"text\","
                        + "\"data\":\"x\",\"media_type\":\"text/plain\"}}]}", "user.message", "image block",
                        "only allowed in documents"),
                bad("{\"type\":\"user.message\",\"content\":[{\"type\":\"document\",\"source\":{\"type\":\"text\","
                        + "\"data\":\"# x\",\"media_type\":\"text/markdown\"}}]}", "user.message", "content[0].source",
                        "media_type must be 'text/plain'", "text/markdown"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.status_idle\",\"stop_reason\":{\"type\":\"refusal\"},"
                        + "\"stop_details\":{\"type\":\"other\",\"category\":null,\"explanation\":null}" + AT + "}",
                        "session.status_idle", "stop_details", "type must be 'refusal'"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badEvents")
    void stringDecoderRefusesWithAMessageNamingTheProblem(String json, List<String> fragments) {
        EventValidationException e = assertThrows(EventValidationException.class, () -> CODEC.decode(json));
        assertMentions(e, fragments);
        assertInstanceOf(InvalidRequestException.class, e);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badEvents")
    void byteDecoderRefusesWithTheSameMessage(String json, List<String> fragments) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        EventValidationException fromBytes = assertThrows(EventValidationException.class,
                () -> CODEC.decode(bytes, 0, bytes.length));
        assertMentions(fromBytes, fragments);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badEvents")
    void userEventDecoderRefusesToo(String json, List<String> fragments) {
        EventValidationException e = assertThrows(EventValidationException.class, () -> CODEC.decodeUserEvent(json));
        if (json.contains("\"type\":\"agent.") || json.contains("\"type\":\"session.")
                || json.contains("\"type\":\"span.")) {
            assertTrue(e.getMessage().contains("cannot be sent"), e.getMessage());
        } else {
            assertMentions(e, fragments);
        }
    }

    @Test
    void userEventDecoderRefusesEveryServerEventByType() {
        for (String name : Goldens.names()) {
            String type = Goldens.typeOf(name);
            String json = Goldens.text(name);
            if (type.startsWith("user.")) {
                assertEquals(CODEC.decode(json), CODEC.decodeUserEvent(json), name);
                continue;
            }
            EventValidationException e = assertThrows(EventValidationException.class,
                    () -> CODEC.decodeUserEvent(json), name);
            assertEquals("event type '" + type + "' cannot be sent; sendable types are [user.custom_tool_result, "
                    + "user.define_outcome, user.interrupt, user.message, user.tool_confirmation]", e.getMessage());
        }
    }

    @Test
    void userEventDecoderNamesAnUnknownTypeAsUnknown() {
        EventValidationException e = assertThrows(EventValidationException.class,
                () -> CODEC.decodeUserEvent("{\"type\":\"user.tool_result\",\"tool_use_id\":\"sevt_1\"}"));
        assertTrue(e.getMessage().startsWith("unknown event type 'user.tool_result' cannot be sent"), e.getMessage());
    }

    @Test
    void maxIterationsAtTheBoundsIsAccepted() {
        assertEquals(1, ((UserDefineOutcome) CODEC.decode(outcome(1))).maxIterations());
        assertEquals(20, ((UserDefineOutcome) CODEC.decode(outcome(20))).maxIterations());
    }

    @Test
    void rubricTextLongerThanTheLimitIsRefused() {
        String content = "x".repeat(Rubric.MAX_TEXT_CHARS + 1);
        String json = "{\"type\":\"user.define_outcome\",\"description\":\"d\",\"rubric\":{\"type\":\"text\","
                + "\"content\":\"" + content + "\"}}";
        EventValidationException e = assertThrows(EventValidationException.class, () -> CODEC.decode(json));
        assertMentions(e, List.of("user.define_outcome", "rubric", "262145 characters", "262144"));
        String atLimit = json.replace(content, "x".repeat(Rubric.MAX_TEXT_CHARS));
        assertEquals(Rubric.MAX_TEXT_CHARS,
                ((Rubric.Text) ((UserDefineOutcome) CODEC.decode(atLimit)).rubric()).content().length());
    }

    private static String outcome(int maxIterations) {
        return "{\"type\":\"user.define_outcome\",\"description\":\"d\",\"rubric\":{\"type\":\"text\",\"content\":\"r\"},"
                + "\"max_iterations\":" + maxIterations + "}";
    }

    private static Arguments bad(String json, String... fragments) {
        return Arguments.of(json, List.of(fragments));
    }

    private static void assertMentions(EventValidationException e, List<String> fragments) {
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' lacks '" + fragment + "'");
        }
    }
}
