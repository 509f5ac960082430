package dev.harness4j.test.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.event.AgentMcpToolResult;
import dev.harness4j.event.AgentMcpToolUse;
import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.Permission;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class TranscriptTest {
    private static final Instant T = Instant.parse("2026-04-01T00:00:00Z");
    private int ids;

    private String id() {
        return "sevt_" + (++ids);
    }

    private UserMessage user(String text) {
        return new UserMessage(id(), List.of(ContentBlock.text(text)), T);
    }

    private SessionStatusRunning running() {
        return new SessionStatusRunning(id(), T);
    }

    private AgentToolUse toolUse(String id, String name) {
        return new AgentToolUse(id, name, Map.of("file_path", "a.txt"), Permission.ALLOW, null, T);
    }

    private AgentToolResult toolResult(String toolUseId) {
        return new AgentToolResult(id(), toolUseId, List.of(ContentBlock.text("ok")), null, T);
    }

    private AgentMessage said(String text) {
        return new AgentMessage(id(), List.of(ContentBlock.text(text)), T);
    }

    private SessionStatusIdle idle(StopReason reason) {
        return new SessionStatusIdle(id(), reason, null, T);
    }

    private List<Event> turn() {
        return List.of(user("read a.txt"), running(), toolUse("sevt_tu1", "read"), toolResult("sevt_tu1"),
                said("done"), idle(StopReason.END_TURN));
    }

    @Test
    void passingChecksChain() {
        List<Event> events = turn();
        Transcript t = Transcript.of(events)
                .hasTypes("user.message", "session.status_running", "agent.tool_use", "agent.tool_result",
                        "agent.message", "session.status_idle")
                .containsSubsequence("user.message", "agent.tool_use", "session.status_idle")
                .containsSubsequence()
                .doesNotContain("session.error")
                .event(2, AgentToolUse.class, tu -> tu.name().equals("read"))
                .event(-1, SessionStatusIdle.class, SessionStatusIdle::endsTurn, "ends the turn")
                .idleWith("end_turn")
                .everyToolUseHasOneResult();
        assertSame(events.get(5), t.last(SessionStatusIdle.class));
        assertSame(events.get(0), t.first(UserMessage.class));
        assertEquals(1, t.all(AgentMessage.class).size());
        assertEquals("done", t.last(AgentMessage.class).text());
    }

    @Test
    void hasTypesShowsASideBySideDiff() {
        Transcript t = Transcript.of(turn());
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> t.hasTypes("user.message",
                "session.status_running", "agent.message", "session.status_idle"));
        String m = e.getMessage();
        assertTrue(m.startsWith("event types differ at index 2 (expected 4 events, got 6)"), m);
        assertTrue(m.matches("(?s).*>\\s+2\\s+agent\\.message\\s+agent\\.tool_use.*"), m);
        assertTrue(m.matches("(?s).*>\\s+5\\s+<none>\\s+session\\.status_idle.*"), m);
        assertTrue(m.matches("(?s).*\\n\\s+0\\s+user\\.message\\s+user\\.message.*"), m);
        assertTrue(e.isExpectedDefined() && e.isActualDefined());
        assertThrows(AssertionFailedError.class, () -> t.hasTypes());
    }

    @Test
    void containsSubsequenceFailsOnOrderAndNamesTheMissingType() {
        Transcript t = Transcript.of(turn());
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> t.containsSubsequence("agent.message", "agent.tool_use"));
        assertTrue(e.getMessage().contains("no 'agent.tool_use' after index 4"), e.getMessage());
        AssertionFailedError absent = assertThrows(AssertionFailedError.class,
                () -> t.containsSubsequence("session.error"));
        assertTrue(absent.getMessage().contains("no 'session.error' anywhere"), absent.getMessage());
        assertThrows(AssertionFailedError.class, () -> t.doesNotContain("agent.message"));
    }

    @Test
    void eventChecksFailOnIndexClassAndPredicate() {
        Transcript t = Transcript.of(turn());
        AssertionFailedError range = assertThrows(AssertionFailedError.class,
                () -> t.event(6, AgentMessage.class, m -> true));
        assertTrue(range.getMessage().contains("index 6"), range.getMessage());
        AssertionFailedError wrongClass = assertThrows(AssertionFailedError.class,
                () -> t.event(1, AgentToolUse.class, tu -> true));
        assertTrue(wrongClass.getMessage().contains("to be a AgentToolUse but it is 'session.status_running'"),
                wrongClass.getMessage());
        AssertionFailedError predicate = assertThrows(AssertionFailedError.class,
                () -> t.event(2, AgentToolUse.class, tu -> tu.name().equals("write"), "name is write"));
        assertTrue(predicate.getMessage().contains("event 2 (agent.tool_use) does not satisfy name is write"),
                predicate.getMessage());
        assertTrue(predicate.getMessage().contains("\"name\":\"read\""), predicate.getMessage());
        assertThrows(AssertionFailedError.class, () -> t.last(AgentMcpToolUse.class));
        assertThrows(AssertionFailedError.class, () -> t.first(AgentMcpToolUse.class));
    }

    @Test
    void idleWithChecksTheFinalStatusAndItsReason() {
        List<Event> waiting = new ArrayList<>(turn());
        waiting.set(5, idle(new StopReason.RequiresAction(List.of("sevt_tu1"))));
        AssertionFailedError reason = assertThrows(AssertionFailedError.class,
                () -> Transcript.of(waiting).idleWith("end_turn"));
        assertTrue(reason.getMessage().contains("went idle with 'requires_action'"), reason.getMessage());
        Transcript.of(waiting).idleWith("requires_action");
        Transcript.of(List.of(idle(StopReason.RETRIES_EXHAUSTED))).idleWith("retries_exhausted");

        List<Event> resumed = new ArrayList<>(turn());
        resumed.add(running());
        AssertionFailedError running = assertThrows(AssertionFailedError.class,
                () -> Transcript.of(resumed).idleWith("end_turn"));
        assertTrue(running.getMessage().contains("last status event is 'session.status_running'"),
                running.getMessage());
        assertThrows(AssertionFailedError.class, () -> Transcript.of(List.of(user("x"))).idleWith("end_turn"));
    }

    @Test
    void toolPairingFindsMissingDuplicateOrphanAndEarlyResults() {
        List<Event> missing = List.of(toolUse("sevt_a", "read"), toolUse("sevt_b", "read"), toolResult("sevt_a"));
        AssertionFailedError m = assertThrows(AssertionFailedError.class,
                () -> Transcript.of(missing).everyToolUseHasOneResult());
        assertTrue(m.getMessage().contains("agent.tool_use 'sevt_b' at event 1 has no agent.tool_result"),
                m.getMessage());

        List<Event> duplicate = List.of(toolUse("sevt_a", "read"), toolResult("sevt_a"), toolResult("sevt_a"));
        AssertionFailedError d = assertThrows(AssertionFailedError.class,
                () -> Transcript.of(duplicate).everyToolUseHasOneResult());
        assertTrue(d.getMessage().contains("has 2 results, at events [1, 2]"), d.getMessage());

        List<Event> early = List.of(toolResult("sevt_a"), toolUse("sevt_a", "read"));
        AssertionFailedError o = assertThrows(AssertionFailedError.class,
                () -> Transcript.of(early).everyToolUseHasOneResult());
        assertTrue(o.getMessage().contains("answers 'sevt_a', which no earlier agent.tool_use has"), o.getMessage());
    }

    @Test
    void toolPairingCoversMcpSeparately() {
        AgentMcpToolUse use = new AgentMcpToolUse("sevt_m", "github", "list_issues", Map.of(), Permission.ASK, null, T);
        AgentMcpToolResult result = new AgentMcpToolResult(id(), "sevt_m", List.of(), null, T);
        Transcript.of(List.of(use, result)).everyToolUseHasOneResult();
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Transcript.of(List.of(use, toolResult("sevt_m"))).everyToolUseHasOneResult());
        assertTrue(e.getMessage().contains("agent.mcp_tool_use 'sevt_m' at event 0 has no agent.mcp_tool_result"),
                e.getMessage());
        assertTrue(e.getMessage().contains("agent.tool_result at event 1 answers 'sevt_m'"), e.getMessage());
    }

    @Test
    void ofCopiesAndRejectsNulls() {
        List<Event> events = new ArrayList<>(turn());
        Transcript t = Transcript.of(events);
        events.clear();
        assertEquals(6, t.events().size());
        List<Event> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> Transcript.of(withNull));
    }
}
