package dev.harness4j.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The golden {@code session.*} and {@code span.*} events decode to the right records with the right values. */
class SessionAndSpanEventGoldenTest {

    @Test
    void statusRunningFromTheSseExample() {
        SessionStatusRunning r = Goldens.roundTrip("session.status_running", SessionStatusRunning.class);
        assertEquals("sevt_02…", r.id());
        assertEquals(Instant.parse("2026-04-08T12:00:00.020Z"), r.processedAt());
    }

    @Test
    void statusIdleEndTurnFromTheSseExample() {
        SessionStatusIdle i = Goldens.roundTrip("session.status_idle", SessionStatusIdle.class);
        assertEquals(StopReason.END_TURN, i.stopReason());
        assertNull(i.stopDetails());
        assertTrue(i.endsTurn());
    }

    @Test
    void statusIdleRequiresActionListsTheBlockingEvents() {
        SessionStatusIdle i = Goldens.roundTrip("session.status_idle.requires_action", SessionStatusIdle.class);
        assertEquals(new StopReason.RequiresAction(List.of("sevt_011CZm0toolUse0000000001",
                "sevt_011CZm0customToolUse0001")), i.stopReason());
        assertTrue(i.requiresAction());
        assertFalse(i.endsTurn());
    }

    @Test
    void statusIdleRetriesExhausted() {
        SessionStatusIdle i = Goldens.roundTrip("session.status_idle.retries_exhausted", SessionStatusIdle.class);
        assertEquals(StopReason.RETRIES_EXHAUSTED, i.stopReason());
        assertTrue(i.endsTurn());
    }

    @Test
    void statusIdleRefusalWithStopDetails() {
        SessionStatusIdle i = Goldens.roundTrip("session.status_idle.refusal", SessionStatusIdle.class);
        assertEquals(new StopReason.Refusal(), i.stopReason());
        assertEquals(new StopDetails("refusal", "cyber", null), i.stopDetails());
    }

    @Test
    void rescheduledTerminatedAndDeleted() {
        assertEquals(Instant.parse("2026-04-08T12:09:00Z"),
                Goldens.roundTrip("session.status_rescheduled", SessionStatusRescheduled.class).processedAt());
        assertEquals("sevt_011CZmO4x5y6z7a8b9c0d1e2",
                Goldens.roundTrip("session.status_terminated", SessionStatusTerminated.class).id());
        assertEquals("sevt_011CZmS8b9c0d1e2f3g4h5i6",
                Goldens.roundTrip("session.deleted", SessionDeleted.class).id());
    }

    @Test
    void errorMcpConnectionFailedCarriesTheServerName() {
        SessionError e = Goldens.roundTrip("session.error", SessionError.class);
        assertEquals("mcp_connection_failed_error", e.error().type());
        assertEquals("Could not connect to MCP server 'github'", e.error().message());
        assertEquals(ErrorInfo.RetryStatus.RETRYING, e.error().retryStatus());
        assertEquals(Map.of("mcp_server_name", "github"), e.error().extra());
    }

    @Test
    void errorModelOverloadedHasNoExtraFields() {
        SessionError e = Goldens.roundTrip("session.error.model_overloaded", SessionError.class);
        assertEquals(ErrorInfo.of("model_overloaded_error", "Overloaded", ErrorInfo.RetryStatus.EXHAUSTED),
                e.error());
    }

    @Test
    void errorCredentialHostUnreachableIsTerminal() {
        SessionError e = Goldens.roundTrip("session.error.credential_host_unreachable", SessionError.class);
        assertEquals(ErrorInfo.RetryStatus.TERMINAL, e.error().retryStatus());
        assertEquals(Map.of("credential_id", "vcrd_011CZmCred000000000001", "vault_id", "vlt_011CZmVault00000000001"),
                e.error().extra());
    }

    @Test
    void modelRequestStartAndEndFromTheSseExample() {
        SpanModelRequestStart s = Goldens.roundTrip("span.model_request_start", SpanModelRequestStart.class);
        SpanModelRequestEnd e = Goldens.roundTrip("span.model_request_end", SpanModelRequestEnd.class);
        assertEquals(s.id(), e.modelRequestStartId());
        assertEquals(Boolean.FALSE, e.isError());
        assertEquals(new ModelUsage(10, 5, 0, 0, null), e.modelUsage());
    }

    @Test
    void modelRequestEndWithSpeedAndNullIsError() {
        SpanModelRequestEnd e = Goldens.roundTrip("span.model_request_end.fast", SpanModelRequestEnd.class);
        assertNull(e.isError());
        assertEquals(new ModelUsage(123456, 789, 2048, 100000, "fast"), e.modelUsage());
        assertEquals("sevt_011CZmStart0000000000001", e.modelRequestStartId());
    }

    @Test
    void outcomeEvaluationStartAndOngoing() {
        SpanOutcomeEvaluationStart s = Goldens.roundTrip("span.outcome_evaluation_start",
                SpanOutcomeEvaluationStart.class);
        SpanOutcomeEvaluationOngoing o = Goldens.roundTrip("span.outcome_evaluation_ongoing",
                SpanOutcomeEvaluationOngoing.class);
        assertEquals("outc_011CZmA0j1k2l3m4n5o6p7q8", s.outcomeId());
        assertEquals(0, s.iteration());
        assertEquals(s.outcomeId(), o.outcomeId());
        assertEquals(0, o.iteration());
        assertEquals(Instant.parse("2026-04-08T12:12:30Z"), o.processedAt());
    }

    @Test
    void outcomeEvaluationEndNeedsRevisionWithUsage() {
        SpanOutcomeEvaluationEnd e = Goldens.roundTrip("span.outcome_evaluation_end", SpanOutcomeEvaluationEnd.class);
        assertEquals("sevt_011CZmU0d1e2f3g4h5i6j7k8", e.outcomeEvaluationStartId());
        assertEquals("outc_011CZmA0j1k2l3m4n5o6p7q8", e.outcomeId());
        assertEquals(0, e.iteration());
        assertEquals(OutcomeResult.NEEDS_REVISION, e.result());
        assertEquals("Only 9 rows; the rubric asks for exactly 10.", e.explanation());
        assertEquals(new ModelUsage(5120, 240, 0, 4096, "standard"), e.usage());
    }

    @Test
    void outcomeEvaluationEndSatisfied() {
        SpanOutcomeEvaluationEnd e = Goldens.roundTrip("span.outcome_evaluation_end.satisfied",
                SpanOutcomeEvaluationEnd.class);
        assertEquals(1, e.iteration());
        assertEquals(OutcomeResult.SATISFIED, e.result());
        assertEquals(new ModelUsage(6000, 120, 10, 5000, null), e.usage());
    }
}
