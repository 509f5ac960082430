package dev.harness4j.outcome;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.ModelUsage;

/**
 * A grader's answer: the verdict, an explanation meant for the agent (what is missing, or why the rubric cannot be
 * applied), and the tokens the grader spent (summed over its model requests; {@link ModelUsage#ZERO} if none).
 */
public record GradeResult(Verdict verdict, String explanation, ModelUsage usage) {

    /** Validates that every part is present. */
    public GradeResult {
        if (verdict == null) {
            throw new InvalidRequestException("grade result: verdict is required");
        }
        if (explanation == null) {
            throw new InvalidRequestException("grade result: explanation is required");
        }
        if (usage == null) {
            throw new InvalidRequestException("grade result: usage is required");
        }
    }
}
