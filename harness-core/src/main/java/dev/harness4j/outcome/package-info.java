/**
 * Outcome grading (§9): the building blocks the session runtime uses to judge an agent's work against a
 * {@code user.define_outcome} rubric.
 *
 * <p>A {@link dev.harness4j.outcome.Grader} receives a {@link dev.harness4j.outcome.GradingRequest} that holds only
 * the outcome's description, the rubric text, the deliverables the agent wrote under {@code /mnt/session/outputs/}
 * and the agent's final message, never its transcript or reasoning, so the grader judges the work in a separate
 * context window. It answers with a {@link dev.harness4j.outcome.GradeResult}: a {@link dev.harness4j.outcome.Verdict}
 * (satisfied, needs revision, failed), an explanation for the agent and the tokens it spent.
 *
 * <p>{@link dev.harness4j.outcome.ModelGrader} grades with a LangChain4j {@code ChatModel}: a system prompt that
 * explains the role and a strict JSON reply format, one user message with the material, a robust parse of the first
 * JSON object in the reply, one corrective retry by default, and {@code failed} when the reply still cannot be read.
 * {@link dev.harness4j.outcome.Deliverables} collects the output files from a workspace, sorted, capped in count and
 * size, with binary files and links that leave the workspace described by a note instead of their bytes.
 */
package dev.harness4j.outcome;
