package dev.harness4j.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Valid input that is not in the codec's canonical form (explicit nulls on optional fields, any key order, escapes,
 * whitespace) decodes to the same event as the canonical form.
 */
class EventCodecLenientInputTest {
    private static final EventCodec CODEC = EventCodec.get();

    @Test
    void explicitNullOnOptionalFieldsEqualsAbsence() {
        assertSame("{\"type\":\"user.custom_tool_result\",\"custom_tool_use_id\":\"sevt_1\"}",
                "{\"type\":\"user.custom_tool_result\",\"custom_tool_use_id\":\"sevt_1\",\"content\":null,"
                        + "\"is_error\":null,\"session_thread_id\":null,\"processed_at\":null,\"id\":null}");
        assertSame("{\"type\":\"user.tool_confirmation\",\"tool_use_id\":\"sevt_1\",\"result\":\"allow\"}",
                "{\"type\":\"user.tool_confirmation\",\"tool_use_id\":\"sevt_1\",\"result\":\"allow\","
                        + "\"deny_message\":null,\"session_thread_id\":null}");
        assertSame("{\"type\":\"user.message\",\"content\":[{\"type\":\"document\",\"source\":{\"type\":\"url\","
                        + "\"url\":\"u\"}}]}",
                "{\"type\":\"user.message\",\"content\":[{\"type\":\"document\",\"source\":{\"type\":\"url\","
                        + "\"url\":\"u\"},\"title\":null,\"context\":null}]}");
        assertSame("{\"id\":\"sevt_1\",\"type\":\"agent.tool_use\",\"name\":\"x\",\"input\":{},"
                        + "\"processed_at\":\"2026-04-08T12:00:00.000Z\"}",
                "{\"id\":\"sevt_1\",\"type\":\"agent.tool_use\",\"name\":\"x\",\"input\":{},"
                        + "\"evaluated_permission\":null,\"session_thread_id\":null,"
                        + "\"processed_at\":\"2026-04-08T12:00:00.000Z\"}");
    }

    @Test
    void userEventWithoutProcessedAtIsQueuedAndWritesANull() {
        UserEvent e = CODEC.decodeUserEvent("{\"type\":\"user.interrupt\"}");
        assertEquals(UserInterrupt.all(), e);
        assertNull(e.processedAt());
        assertEquals("{\"type\":\"user.interrupt\",\"processed_at\":null}", CODEC.encode(e));
        UserInterrupt stamped = UserInterrupt.all().stamped("sevt_9", Instant.parse("2026-04-08T12:00:00Z"));
        assertEquals("{\"id\":\"sevt_9\",\"type\":\"user.interrupt\",\"processed_at\":\"2026-04-08T12:00:00.000Z\"}",
                CODEC.encode(stamped));
    }

    @Test
    void keyOrderWhitespaceAndEscapesDoNotMatter() {
        String canonical = "{\"id\":\"sevt_1\",\"type\":\"agent.message\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"é \\\"q\\\"\\n😀\"}],\"processed_at\":\"2026-04-08T12:00:00.000Z\"}";
        String shuffled = "{\n  \"processed_at\" : \"2026-04-08T12:00:00.000Z\",\r\n  \"content\": [ { \"text\":"
                + " \"\\u00e9 \\u0022q\\\"\\u000a\\ud83d\\ude00\", \"type\": \"text\" } ],\t\"type\":\"agent.message\","
                + " \"id\": \"sevt_1\"\n}\n";
        assertEquals(CODEC.decode(canonical), CODEC.decode(shuffled));
        assertEquals(canonical, CODEC.encode(CODEC.decode(shuffled)));
        assertEquals(List.of(ContentBlock.text("é \"q\"\n😀")), ((AgentMessage) CODEC.decode(shuffled)).content());
    }

    @Test
    void typeNeedNotComeFirst() {
        assertEquals(UserMessage.text("hi"),
                CODEC.decode("{\"content\":[{\"text\":\"hi\",\"type\":\"text\"}],\"type\":\"user.message\"}"));
    }

    @Test
    void searchResultWithoutCitationsIsAccepted() {
        AgentToolResult r = (AgentToolResult) CODEC.decode("{\"id\":\"sevt_1\",\"type\":\"agent.tool_result\","
                + "\"tool_use_id\":\"sevt_0\",\"content\":[{\"type\":\"search_result\",\"source\":\"s\","
                + "\"title\":\"t\",\"content\":[]}],\"processed_at\":\"2026-04-08T12:00:00.000Z\"}");
        assertEquals(List.of(new ContentBlock.SearchResult("s", "t", List.of())), r.content());
        assertNull(((ContentBlock.SearchResult) r.content().get(0)).citations());
    }

    private static void assertSame(String canonical, String withNulls) {
        Event expected = CODEC.decode(canonical);
        assertEquals(expected, CODEC.decode(withNulls), withNulls);
        assertEquals(CODEC.encode(expected), CODEC.encode(CODEC.decode(withNulls)), withNulls);
    }
}
