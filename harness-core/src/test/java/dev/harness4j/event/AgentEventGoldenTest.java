package dev.harness4j.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The golden {@code agent.*} events decode to the right records with the right field values. */
class AgentEventGoldenTest {

    @Test
    void agentMessageFromTheSseExample() {
        AgentMessage m = Goldens.roundTrip("agent.message", AgentMessage.class);
        assertEquals("sevt_04…", m.id());
        assertEquals(List.of(ContentBlock.text("Hello")), m.content());
        assertEquals("Hello", m.text());
        assertEquals(Instant.parse("2026-04-08T12:00:01.250Z"), m.processedAt());
    }

    @Test
    void agentMessageWithARedactedBlockAndUnicode() {
        AgentMessage m = Goldens.roundTrip("agent.message.redacted", AgentMessage.class);
        assertEquals(List.of(ContentBlock.text("Here is part one.\n"), new ContentBlock.Redacted(),
                ContentBlock.text("…and the rest 🎉")), m.content());
        assertEquals("Here is part one.\n…and the rest 🎉", m.text());
    }

    @Test
    void agentThinking() {
        AgentThinking t = Goldens.roundTrip("agent.thinking", AgentThinking.class);
        assertEquals("sevt_011CZmE4n5o6p7q8r9s0t1u2", t.id());
        assertEquals(Instant.parse("2026-04-08T12:07:00.100Z"), t.processedAt());
    }

    @Test
    void toolUseAwaitingConfirmation() {
        AgentToolUse u = Goldens.roundTrip("agent.tool_use", AgentToolUse.class);
        assertEquals("sevt_011CZm0toolUse0000000001", u.id());
        assertEquals("bash", u.name());
        assertEquals(Map.of("command", "ls -la /workspace", "timeout", 30000, "restart", false), u.input());
        assertEquals(Permission.ASK, u.evaluatedPermission());
        assertNull(u.sessionThreadId());
    }

    @Test
    void toolUseWithNestedInputKeepsTypesAndOrder() {
        AgentToolUse u = Goldens.roundTrip("agent.tool_use.nested_input", AgentToolUse.class);
        Map<String, Object> secondEdit = new LinkedHashMap<>();
        secondEdit.put("old_string", "print(x)");
        secondEdit.put("new_string", null);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("attempt", 3);
        meta.put("ratio", 0.75);
        meta.put("big", 9007199254740993L);
        meta.put("tags", List.of());
        meta.put("none", null);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("file_path", "/workspace/app.py");
        expected.put("edits", Arrays.asList(
                Map.of("old_string", "x = 1", "new_string", "x = 2", "replace_all", true), secondEdit));
        expected.put("meta", meta);
        assertEquals(expected, u.input());
        assertEquals(List.of("file_path", "edits", "meta"), List.copyOf(u.input().keySet()), "key order is kept");
        assertEquals(Integer.class, ((Map<?, ?>) u.input().get("meta")).get("attempt").getClass());
        assertEquals(Long.class, ((Map<?, ?>) u.input().get("meta")).get("big").getClass());
        assertEquals(Permission.ALLOW, u.evaluatedPermission());
        assertEquals("sthr_011CZkZVWa6oJjw1rgXZpnBt", u.sessionThreadId());
    }

    @Test
    void toolResultWithText() {
        AgentToolResult r = Goldens.roundTrip("agent.tool_result", AgentToolResult.class);
        assertEquals("sevt_011CZm0toolUse0000000001", r.toolUseId());
        assertEquals(List.of(ContentBlock.text("total 0\ndrwxr-xr-x 2 root root 40 Apr  8 12:00 .\n")), r.content());
        assertEquals(Boolean.FALSE, r.isError());
        assertEquals(false, r.error());
    }

    @Test
    void toolResultWithSearchResults() {
        AgentToolResult r = Goldens.roundTrip("agent.tool_result.search_result", AgentToolResult.class);
        assertEquals(List.of(
                new ContentBlock.SearchResult("https://en.wikipedia.org/wiki/JSON", "JSON - Wikipedia",
                        List.of(new ContentBlock.Text("JSON is an open standard file format."),
                                new ContentBlock.Text("It was derived from JavaScript.")),
                        new ContentBlock.SearchResult.Citations(true)),
                new ContentBlock.SearchResult("https://www.rfc-editor.org/rfc/rfc8259", "RFC 8259",
                        List.of(new ContentBlock.Text("The JavaScript Object Notation (JSON) Data Interchange Format")))),
                r.content());
        assertNull(r.isError());
        assertEquals(false, r.error());
    }

    @Test
    void mcpToolUse() {
        AgentMcpToolUse u = Goldens.roundTrip("agent.mcp_tool_use", AgentMcpToolUse.class);
        assertEquals("github", u.mcpServerName());
        assertEquals("create_issue", u.name());
        assertEquals(Map.of("repo", "acme/widgets", "title", "Crash on start", "labels", List.of("bug", "p1")),
                u.input());
        assertEquals(Permission.ASK, u.evaluatedPermission());
        assertNull(u.sessionThreadId());
    }

    @Test
    void mcpToolResultThatIsAnError() {
        AgentMcpToolResult r = Goldens.roundTrip("agent.mcp_tool_result", AgentMcpToolResult.class);
        assertEquals("sevt_011CZm0mcpToolUse00000001", r.mcpToolUseId());
        assertEquals(List.of(ContentBlock.text("403: resource not accessible by integration")), r.content());
        assertEquals(Boolean.TRUE, r.isError());
    }

    @Test
    void customToolUse() {
        AgentCustomToolUse u = Goldens.roundTrip("agent.custom_tool_use", AgentCustomToolUse.class);
        assertEquals("sevt_011CZm0customToolUse0001", u.id());
        assertEquals("lookup_order", u.name());
        assertEquals(Map.of("order_id", "1234", "include_history", true), u.input());
        assertNull(u.sessionThreadId());
    }

    @Test
    void threadContextCompacted() {
        AgentThreadContextCompacted c = Goldens.roundTrip("agent.thread_context_compacted",
                AgentThreadContextCompacted.class);
        assertEquals("sevt_011CZmJ9s0t1u2v3w4x5y6z7", c.id());
        assertEquals(Instant.parse("2026-04-08T12:07:08Z"), c.processedAt());
        assertNull(c.summary(), "the hosted event has no payload; harness4j's extension fields stay absent");
        assertNull(c.preCompactionTokens());
        assertNull(c.compactedMessages());
    }
}
