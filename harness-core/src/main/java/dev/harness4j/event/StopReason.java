package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** Why a session (or thread) went idle. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StopReason.EndTurn.class, name = "end_turn"),
    @JsonSubTypes.Type(value = StopReason.RequiresAction.class, name = "requires_action"),
    @JsonSubTypes.Type(value = StopReason.RetriesExhausted.class, name = "retries_exhausted"),
    @JsonSubTypes.Type(value = StopReason.BudgetReached.class, name = "budget_reached"),
    @JsonSubTypes.Type(value = StopReason.Refusal.class, name = "refusal")
})
public sealed interface StopReason {

    /** The agent finished its turn. */
    StopReason END_TURN = new EndTurn();
    /** Errors exhausted the retry budget, or a loop limit was hit. */
    StopReason RETRIES_EXHAUSTED = new RetriesExhausted();
    /** The session's list cost reached its budget. */
    StopReason BUDGET_REACHED = new BudgetReached();

    /** The agent finished its turn. */
    record EndTurn() implements StopReason {
    }

    /** The session waits for confirmations or custom tool results for these event ids. */
    record RequiresAction(List<String> eventIds) implements StopReason {
        /** Validates and copies the ids. */
        public RequiresAction {
            eventIds = Require.list(eventIds, "requires_action stop reason", "event_ids");
        }
    }

    /** Errors exhausted the retry budget, or a loop limit was hit. */
    record RetriesExhausted() implements StopReason {
    }

    /** The session's list cost reached its budget. */
    record BudgetReached() implements StopReason {
    }

    /** The model refused. */
    record Refusal() implements StopReason {
    }
}
