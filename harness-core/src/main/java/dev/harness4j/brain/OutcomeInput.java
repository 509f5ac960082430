package dev.harness4j.brain;

import dev.harness4j.event.Rubric;
import dev.harness4j.event.SpanOutcomeEvaluationEnd;
import dev.harness4j.event.UserDefineOutcome;

/**
 * The user-side text the agent sees for an outcome (§9): the {@code user.define_outcome} that starts the work, and
 * the grader's explanation after a {@code needs_revision} verdict, which starts the revision turn.
 */
final class OutcomeInput {
    private OutcomeInput() {
    }

    /** The first input of an outcome: the task, the rubric it is graded against and where deliverables go. */
    static String outcome(UserDefineOutcome outcome) {
        String rubric = outcome.rubric() instanceof Rubric.Text t ? t.content()
                : "(file rubric " + ((Rubric.File) outcome.rubric()).fileId() + ")";
        return "Work on this outcome until it is achieved, then end your turn. When you end your turn, a grader "
                + "judges your work against the rubric below, looking only at the files under /mnt/session/outputs/ "
                + "and your final message; write your deliverables there.\n\n"
                + "<outcome>\n" + outcome.description() + "\n</outcome>\n\n"
                + "<rubric>\n" + rubric + "\n</rubric>";
    }

    /** The input of a revision turn: the grader's explanation. */
    static String revision(SpanOutcomeEvaluationEnd end) {
        return "The grader judged iteration " + end.iteration() + " of your work against the rubric: it needs "
                + "revision.\n\n<grader_feedback>\n" + (end.explanation() == null ? "" : end.explanation())
                + "\n</grader_feedback>\n\nRevise your work to meet the rubric, then end your turn.";
    }
}
