package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * A session event: an immutable, flat JSON object with {@code id}, {@code type}, {@code processed_at} and its payload.
 * The log of these events is the single source of truth of a session.
 */
@JsonPropertyOrder({"id", "type"})
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = UserMessage.class, name = UserMessage.TYPE),
    @JsonSubTypes.Type(value = UserInterrupt.class, name = UserInterrupt.TYPE),
    @JsonSubTypes.Type(value = UserToolConfirmation.class, name = UserToolConfirmation.TYPE),
    @JsonSubTypes.Type(value = UserCustomToolResult.class, name = UserCustomToolResult.TYPE),
    @JsonSubTypes.Type(value = UserDefineOutcome.class, name = UserDefineOutcome.TYPE),
    @JsonSubTypes.Type(value = AgentMessage.class, name = AgentMessage.TYPE),
    @JsonSubTypes.Type(value = AgentThinking.class, name = AgentThinking.TYPE),
    @JsonSubTypes.Type(value = AgentToolUse.class, name = AgentToolUse.TYPE),
    @JsonSubTypes.Type(value = AgentToolResult.class, name = AgentToolResult.TYPE),
    @JsonSubTypes.Type(value = AgentMcpToolUse.class, name = AgentMcpToolUse.TYPE),
    @JsonSubTypes.Type(value = AgentMcpToolResult.class, name = AgentMcpToolResult.TYPE),
    @JsonSubTypes.Type(value = AgentCustomToolUse.class, name = AgentCustomToolUse.TYPE),
    @JsonSubTypes.Type(value = AgentThreadContextCompacted.class, name = AgentThreadContextCompacted.TYPE),
    @JsonSubTypes.Type(value = AgentThreadMessageSent.class, name = AgentThreadMessageSent.TYPE),
    @JsonSubTypes.Type(value = AgentThreadMessageReceived.class, name = AgentThreadMessageReceived.TYPE),
    @JsonSubTypes.Type(value = SessionStatusRunning.class, name = SessionStatusRunning.TYPE),
    @JsonSubTypes.Type(value = SessionStatusIdle.class, name = SessionStatusIdle.TYPE),
    @JsonSubTypes.Type(value = SessionStatusRescheduled.class, name = SessionStatusRescheduled.TYPE),
    @JsonSubTypes.Type(value = SessionStatusTerminated.class, name = SessionStatusTerminated.TYPE),
    @JsonSubTypes.Type(value = SessionError.class, name = SessionError.TYPE),
    @JsonSubTypes.Type(value = SessionDeleted.class, name = SessionDeleted.TYPE),
    @JsonSubTypes.Type(value = SessionThreadCreated.class, name = SessionThreadCreated.TYPE),
    @JsonSubTypes.Type(value = SessionThreadStatusRunning.class, name = SessionThreadStatusRunning.TYPE),
    @JsonSubTypes.Type(value = SessionThreadStatusIdle.class, name = SessionThreadStatusIdle.TYPE),
    @JsonSubTypes.Type(value = SessionThreadStatusRescheduled.class, name = SessionThreadStatusRescheduled.TYPE),
    @JsonSubTypes.Type(value = SessionThreadStatusTerminated.class, name = SessionThreadStatusTerminated.TYPE),
    @JsonSubTypes.Type(value = SpanModelRequestStart.class, name = SpanModelRequestStart.TYPE),
    @JsonSubTypes.Type(value = SpanModelRequestEnd.class, name = SpanModelRequestEnd.TYPE),
    @JsonSubTypes.Type(value = SpanOutcomeEvaluationStart.class, name = SpanOutcomeEvaluationStart.TYPE),
    @JsonSubTypes.Type(value = SpanOutcomeEvaluationOngoing.class, name = SpanOutcomeEvaluationOngoing.TYPE),
    @JsonSubTypes.Type(value = SpanOutcomeEvaluationEnd.class, name = SpanOutcomeEvaluationEnd.TYPE)
})
public sealed interface Event permits UserEvent, AgentEvent, SessionEvent, SpanEvent {

    /** The event id ({@code sevt_…}); null only on a user event not yet sent. */
    String id();

    /** The wire type, {@code domain.action}. */
    @JsonProperty("type")
    String type();

    /** When the event was processed; null on a queued user event. */
    Instant processedAt();
}
