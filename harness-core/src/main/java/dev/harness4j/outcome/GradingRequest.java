package dev.harness4j.outcome;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.Rubric;
import dev.harness4j.event.UserDefineOutcome;
import java.util.List;

/**
 * What a grader sees for one iteration, and nothing else: the outcome's id and 0-based iteration (for logging and
 * messages), the task description, the rubric text, the deliverables and the agent's final message of the iteration
 * (empty when the agent said nothing). The agent's transcript, tool calls and reasoning are deliberately absent.
 */
public record GradingRequest(
        String outcomeId,
        int iteration,
        String description,
        String rubricText,
        List<Deliverable> deliverables,
        String finalAgentMessage) {

    /** Validates the fields; a null final message becomes empty, the deliverables are copied. */
    public GradingRequest {
        if (outcomeId == null || outcomeId.isBlank()) {
            throw new InvalidRequestException("grading request: outcome_id is required");
        }
        if (iteration < 0) {
            throw new InvalidRequestException("grading request: iteration must not be negative, got " + iteration);
        }
        if (description == null) {
            throw new InvalidRequestException("grading request: description is required");
        }
        if (rubricText == null) {
            throw new InvalidRequestException("grading request: rubric text is required (resolve file rubrics first)");
        }
        if (rubricText.length() > Rubric.MAX_TEXT_CHARS) {
            throw new InvalidRequestException("grading request: rubric has " + rubricText.length()
                    + " characters; the limit is " + Rubric.MAX_TEXT_CHARS);
        }
        if (deliverables == null) {
            throw new InvalidRequestException("grading request: deliverables are required (an empty list for none)");
        }
        for (Deliverable d : deliverables) {
            if (d == null) {
                throw new InvalidRequestException("grading request: deliverables must not contain null");
            }
        }
        deliverables = List.copyOf(deliverables);
        finalAgentMessage = finalAgentMessage == null ? "" : finalAgentMessage;
    }

    /**
     * The request for one iteration of a processed {@code user.define_outcome}: its outcome id, description and text
     * rubric. A file rubric must be resolved to text first (the reference echoes file rubrics as text).
     */
    public static GradingRequest forOutcome(UserDefineOutcome outcome, int iteration, List<Deliverable> deliverables,
                                            String finalAgentMessage) {
        if (outcome == null) {
            throw new InvalidRequestException("grading request: outcome is required");
        }
        if (outcome.outcomeId() == null) {
            throw new InvalidRequestException("grading request: the user.define_outcome has no outcome_id yet "
                    + "(grade the processed event, not the one sent)");
        }
        if (!(outcome.rubric() instanceof Rubric.Text text)) {
            throw new InvalidRequestException("grading request: outcome " + outcome.outcomeId()
                    + " has a file rubric; resolve it to text before grading");
        }
        return new GradingRequest(outcome.outcomeId(), iteration, outcome.description(), text.content(), deliverables,
                finalAgentMessage);
    }
}
