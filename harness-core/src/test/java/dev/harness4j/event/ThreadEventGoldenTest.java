package dev.harness4j.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The golden multiagent events (§10.3): thread lifecycle, cross-thread messages and cross-posted tool uses. */
class ThreadEventGoldenTest {
    private static final String REVIEWER = "sthr_011CZmT1reviewer000000001";
    private static final String PRIMARY = "sthr_011CZmT0primary0000000001";

    @Test
    void threadCreatedWithAndWithoutAWorkflowRun() {
        SessionThreadCreated c = Goldens.roundTrip("session.thread_created", SessionThreadCreated.class);
        assertEquals(REVIEWER, c.sessionThreadId());
        assertEquals("Reviewer", c.agentName());
        assertNull(c.workflowRunId());
        assertEquals(Instant.parse("2026-05-06T09:00:01Z"), c.processedAt());
        assertInstanceOf(SessionEvent.class, c);

        SessionThreadCreated w = Goldens.roundTrip("session.thread_created.workflow", SessionThreadCreated.class);
        assertEquals("wfr_011CZmT1workflowRun000001", w.workflowRunId());
        assertEquals("Tester", w.agentName());
    }

    @Test
    void threadStatusRunningRescheduledTerminated() {
        SessionThreadStatusRunning r = Goldens.roundTrip("session.thread_status_running",
                SessionThreadStatusRunning.class);
        assertEquals(REVIEWER, r.sessionThreadId());
        assertEquals("Reviewer", r.agentName());
        SessionThreadStatusRescheduled s = Goldens.roundTrip("session.thread_status_rescheduled",
                SessionThreadStatusRescheduled.class);
        assertEquals(Instant.parse("2026-05-06T09:00:40Z"), s.processedAt());
        SessionThreadStatusTerminated t = Goldens.roundTrip("session.thread_status_terminated",
                SessionThreadStatusTerminated.class);
        assertEquals("Tester", t.agentName());
    }

    @Test
    void threadStatusIdleCarriesTheSessionStopReasons() {
        SessionThreadStatusIdle end = Goldens.roundTrip("session.thread_status_idle", SessionThreadStatusIdle.class);
        assertEquals(StopReason.END_TURN, end.stopReason());
        assertNull(end.stopDetails());
        assertFalse(end.requiresAction());

        SessionThreadStatusIdle blocked = Goldens.roundTrip("session.thread_status_idle.requires_action",
                SessionThreadStatusIdle.class);
        assertEquals(new StopReason.RequiresAction(List.of("sevt_011CZmT3crossPostedUse001")), blocked.stopReason());
        assertTrue(blocked.requiresAction());

        SessionThreadStatusIdle refusal = Goldens.roundTrip("session.thread_status_idle.refusal",
                SessionThreadStatusIdle.class);
        assertEquals(new StopDetails("refusal", "general_harms", "The request was declined."),
                refusal.stopDetails());
    }

    @Test
    void threadStatusIdleIsNotASessionIdle() {
        Event e = EventCodec.get().decode(Goldens.text("session.thread_status_idle"));
        assertFalse(e instanceof SessionStatusIdle, "a thread going idle does not make the session idle");
    }

    @Test
    void threadMessageSentToAnAgentAndToThePrimary() {
        AgentThreadMessageSent s = Goldens.roundTrip("agent.thread_message_sent", AgentThreadMessageSent.class);
        assertEquals(REVIEWER, s.toSessionThreadId());
        assertEquals("Reviewer", s.toAgentName());
        assertEquals(List.of(new ContentBlock.Text(
                "Please review /workspace/src/Main.java for thread-safety issues.")), s.content());

        AgentThreadMessageSent p = Goldens.roundTrip("agent.thread_message_sent.to_primary",
                AgentThreadMessageSent.class);
        assertEquals(PRIMARY, p.toSessionThreadId());
        assertNull(p.toAgentName(), "no agent name when the target is the primary thread");
        assertEquals(new ContentBlock.Redacted(), p.content().get(1));
    }

    @Test
    void threadMessageReceivedFromAnAgentAndFromThePrimary() {
        AgentThreadMessageReceived r = Goldens.roundTrip("agent.thread_message_received",
                AgentThreadMessageReceived.class);
        assertEquals(REVIEWER, r.fromSessionThreadId());
        assertEquals("Reviewer", r.fromAgentName());

        AgentThreadMessageReceived p = Goldens.roundTrip("agent.thread_message_received.from_primary",
                AgentThreadMessageReceived.class);
        assertNull(p.fromAgentName());
        ContentBlock.Document doc = assertInstanceOf(ContentBlock.Document.class, p.content().get(1));
        assertEquals("checklist", doc.title());
    }

    @Test
    void crossPostedToolUsesNameTheirThread() {
        AgentCustomToolUse c = Goldens.roundTrip("agent.custom_tool_use.cross_posted", AgentCustomToolUse.class);
        assertEquals(REVIEWER, c.sessionThreadId());
        assertEquals(Map.of("order_id", "5678"), c.input());
        AgentMcpToolUse m = Goldens.roundTrip("agent.mcp_tool_use.cross_posted", AgentMcpToolUse.class);
        assertEquals(REVIEWER, m.sessionThreadId());
        assertEquals(Permission.ASK, m.evaluatedPermission());
    }

    @Test
    void convenienceConstructorsLeaveTheOptionalFieldsOut() {
        Instant at = Instant.parse("2026-05-06T09:00:00Z");
        assertNull(new SessionThreadCreated("sevt_1", REVIEWER, "Reviewer", at).workflowRunId());
        assertNull(new SessionThreadStatusIdle("sevt_2", REVIEWER, "Reviewer", StopReason.END_TURN, at)
                .stopDetails());
    }

    @Test
    void threadEventsCannotBeSent() {
        for (String name : List.of("session.thread_created", "agent.thread_message_sent")) {
            EventValidationException e = assertThrows(EventValidationException.class,
                    () -> EventCodec.get().decodeUserEvent(Goldens.text(name)));
            assertTrue(e.getMessage().contains("cannot be sent"), e.getMessage());
        }
    }
}
