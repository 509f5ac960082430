package dev.harness4j.event;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad multiagent thread events are refused with a message naming the event type and the field. */
class ThreadEventNegativeTest {
    private static final EventCodec CODEC = EventCodec.get();
    private static final String AT = ",\"processed_at\":\"2026-05-06T09:00:00.000Z\"";
    private static final String TEXT = "[{\"type\":\"text\",\"text\":\"hi\"}]";

    static Stream<Arguments> badEvents() {
        return Stream.of(
                bad("{\"type\":\"session.thread_created\",\"session_thread_id\":\"sthr_1\",\"agent_name\":\"A\"" + AT
                        + "}", "session.thread_created", "id is required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.thread_created\",\"agent_name\":\"A\"" + AT + "}",
                        "session.thread_created", "session_thread_id is required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.thread_created\",\"session_thread_id\":\"sthr_1\"" + AT
                        + "}", "session.thread_created", "agent_name is required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.thread_created\",\"session_thread_id\":\"sthr_1\","
                        + "\"agent_name\":\"A\",\"workflow_run_id\":7" + AT + "}", "session.thread_created",
                        "workflow_run_id"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.thread_created\",\"session_thread_id\":\"sthr_1\","
                        + "\"agent_name\":\"A\",\"parent_thread_id\":\"sthr_0\"" + AT + "}", "session.thread_created",
                        "unknown field 'parent_thread_id'"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.thread_status_running\",\"agent_name\":\"A\"" + AT + "}",
                        "session.thread_status_running", "session_thread_id is required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.thread_status_rescheduled\",\"session_thread_id\":"
                        + "\"sthr_1\"" + AT + "}", "session.thread_status_rescheduled", "agent_name is required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.thread_status_terminated\",\"session_thread_id\":"
                        + "[\"sthr_1\"],\"agent_name\":\"A\"" + AT + "}", "session.thread_status_terminated",
                        "session_thread_id"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.thread_status_idle\",\"session_thread_id\":\"sthr_1\","
                        + "\"agent_name\":\"A\",\"stop_details\":null" + AT + "}", "session.thread_status_idle",
                        "stop_reason is required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.thread_status_idle\",\"session_thread_id\":\"sthr_1\","
                        + "\"agent_name\":\"A\",\"stop_reason\":{\"type\":\"paused\"}" + AT + "}",
                        "session.thread_status_idle", "unknown stop_reason type 'paused'"),
                bad("{\"id\":\"sevt_1\",\"type\":\"session.thread_status_idle\",\"session_thread_id\":\"sthr_1\","
                        + "\"agent_name\":\"A\",\"stop_reason\":{\"type\":\"refusal\"},\"stop_details\":{\"type\":"
                        + "\"other\",\"category\":null,\"explanation\":null}" + AT + "}",
                        "session.thread_status_idle", "stop_details", "type must be 'refusal'"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.thread_message_sent\",\"content\":" + TEXT + AT + "}",
                        "agent.thread_message_sent", "to_session_thread_id is required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.thread_message_sent\",\"to_session_thread_id\":\"sthr_1\""
                        + AT + "}", "agent.thread_message_sent", "content is required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.thread_message_sent\",\"to_session_thread_id\":\"sthr_1\","
                        + "\"content\":[{\"type\":\"search_result\",\"source\":\"s\",\"title\":\"t\",\"content\":[]}]"
                        + AT + "}", "agent.thread_message_sent", "content[0]", "'search_result' is not allowed"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.thread_message_sent\",\"to_session_thread_id\":\"sthr_1\","
                        + "\"to_agent_name\":false,\"content\":" + TEXT + AT + "}", "agent.thread_message_sent",
                        "to_agent_name"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.thread_message_received\",\"content\":" + TEXT + AT + "}",
                        "agent.thread_message_received", "from_session_thread_id is required"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.thread_message_received\",\"from_session_thread_id\":"
                        + "\"sthr_1\",\"content\":\"hi\"" + AT + "}", "agent.thread_message_received", "content"),
                bad("{\"id\":\"sevt_1\",\"type\":\"agent.thread_message_received\",\"from_session_thread_id\":"
                        + "\"sthr_1\",\"to_session_thread_id\":\"sthr_2\",\"content\":" + TEXT + AT + "}",
                        "agent.thread_message_received", "unknown field 'to_session_thread_id'"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badEvents")
    void refusedWithAMessageNamingTheProblem(String json, List<String> fragments) {
        EventValidationException e = assertThrows(EventValidationException.class, () -> CODEC.decode(json));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + fragment + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void constructorsRefuseMissingRequiredFields() {
        Instant at = Instant.parse("2026-05-06T09:00:00Z");
        assertThrows(EventValidationException.class, () -> new SessionThreadStatusRunning("sevt_1", null, "A", at));
        assertThrows(EventValidationException.class, () -> new SessionThreadStatusIdle("sevt_1", "sthr_1", "A",
                null, at));
        assertThrows(EventValidationException.class, () -> new AgentThreadMessageSent("sevt_1", "sthr_1", null,
                null, at));
        assertThrows(UnsupportedOperationException.class, () -> new AgentThreadMessageReceived("sevt_1", "sthr_1",
                null, new java.util.ArrayList<>(List.of(new ContentBlock.Text("a"))), at).content()
                .add(new ContentBlock.Text("b")), "content is copied and unmodifiable");
    }

    private static Arguments bad(String json, String... fragments) {
        return Arguments.of(json, List.of(fragments));
    }
}
