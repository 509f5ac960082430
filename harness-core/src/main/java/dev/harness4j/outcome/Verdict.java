package dev.harness4j.outcome;

import dev.harness4j.event.OutcomeResult;
import java.util.Locale;

/** A grader's verdict on one iteration. */
public enum Verdict {
    /** The rubric is met; the outcome is done. */
    SATISFIED,
    /** The rubric is not met yet; the explanation tells the agent what to change. */
    NEEDS_REVISION,
    /** The rubric does not apply, contradicts the task, or the grader could not reach a verdict. */
    FAILED;

    /** The wire name: {@code satisfied}, {@code needs_revision} or {@code failed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@code span.outcome_evaluation_end} result for this verdict. */
    public OutcomeResult toOutcomeResult() {
        return switch (this) {
            case SATISFIED -> OutcomeResult.SATISFIED;
            case NEEDS_REVISION -> OutcomeResult.NEEDS_REVISION;
            case FAILED -> OutcomeResult.FAILED;
        };
    }

    /** The verdict with this wire name (case-insensitive, surrounding blanks ignored), or null for anything else. */
    static Verdict fromWire(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (Verdict verdict : values()) {
            if (verdict.wireName().equals(v)) {
                return verdict;
            }
        }
        return null;
    }
}
