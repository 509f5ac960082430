/**
 * Sessions: a running agent with its workspace, its event log and its one runner. {@link dev.harness4j.session.Sessions}
 * creates and wakes them; {@link dev.harness4j.session.Session} is the handle an application sends events to and
 * streams events from.
 *
 * <p>Before each model call a turn passes its guards (model calls per message, the stuck-loop guard, the budget,
 * compaction); each model request runs with its span events and retries transient failures with backoff
 * ({@link dev.harness4j.session.RetryPolicy}, waiting through an injected {@link dev.harness4j.session.Sleeper}),
 * surfacing {@code session.status_rescheduled} and {@code session.error} with its {@code retry_status}.
 *
 * <p>Session control. Each model response's tool calls form a batch ({@code PendingActions}) that {@code ToolPhase}
 * runs in a fixed order: calls that need nobody first (allowed built-in tools, custom tools with an in-process
 * handler), then — when calls wait for the user ({@code always_ask}, client-executed custom tools) — the session idles
 * with {@code requires_action}; each processed answer re-idles with the calls still waiting, and once none waits the
 * session runs again, the confirmed calls run in event order and the model is asked again. A {@code user.message}
 * sent meanwhile is held until every call is answered; a confirmation for an unknown call is refused with
 * {@code NotFoundException}, one for an answered or closed call with {@code ConflictException}, and nothing is
 * appended. A {@code user.interrupt} jumps the queue: it cancels the running tool call at once, the turn stops at its
 * next step (a model call in flight completes and is recorded, its tools do not run), every call without a result
 * gets the error result "interrupted by the user", and the session idles with {@code end_turn}.
 *
 * <p>Crash resume. {@code Recovery} reads the log backwards to the last processed input and the open turn's last
 * model request; {@code ResumePlan} rebuilds the batch from it. Because calls run one at a time in the fixed order, the
 * first call without a result may have been running when the process died: it gets the error result "interrupted by
 * restart; side effects unknown" and is never run again; calls after it had not started and run once; calls waiting
 * for answers keep waiting. The harness wakes such sessions when it is built ({@code Sessions.resumeAll()}).
 *
 * <p>Outcomes (§9). A {@code user.define_outcome} gets its {@code outcome_id} and effective {@code max_iterations}
 * when sent (a second one while one is pending or active is refused with {@code ConflictException}) and, when
 * processed, starts a turn like a message. {@code OutcomeState} folds the outcomes from the log; at the agent's end of
 * turn {@code OutcomeLoop} grades the iteration instead of idling — on its own thread, with a
 * {@link dev.harness4j.outcome.Grader} that sees only the description, rubric, deliverables and final message — and
 * either idles or, for {@code needs_revision} below the cap, keeps the session running for the revision turn, whose
 * input is the grader's explanation. An interrupt ends the outcome {@code interrupted}; after a restart an evaluation
 * left open is graded again under its start id, and a recorded revision runs.
 *
 * <p>Multiagent. A session whose agent has a {@code multiagent} roster gets {@code Threads} and the coordinator's
 * {@code DelegationTools} ({@code delegate}, {@code message_thread}). Each {@code ThreadRunner} reuses {@code Turn} and
 * {@code ToolPhase} on its own log key ({@code <session>.<thread>}), so it has its own model context, calls and
 * answers; its status changes are mirrored on the primary log as thread status events and its blocking calls are
 * cross-posted with {@code session_thread_id}. {@code ThreadRouting} sends answers given on the primary stream to the
 * thread whose call they answer. Threads never get delegation tools; they do not resume after a crash (a thread left
 * mid-turn is closed when the session wakes).
 */
package dev.harness4j.session;
