package dev.harness4j.outcome;

/**
 * Judges one iteration of an outcome against its rubric. Implementations see only what the request holds (never the
 * agent's transcript) and must be safe to call from the session's thread; they may block while a model answers.
 */
@FunctionalInterface
public interface Grader {

    /**
     * Grades the deliverables and final message against the rubric.
     *
     * @throws GradingException when the grader cannot reach a verdict at all (for example the model call failed)
     */
    GradeResult grade(GradingRequest request);
}
