package dev.harness4j.session;

import dev.harness4j.ConflictException;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.Event;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.OutcomeResult;
import dev.harness4j.event.Rubric;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.SpanOutcomeEvaluationEnd;
import dev.harness4j.event.SpanOutcomeEvaluationOngoing;
import dev.harness4j.event.SpanOutcomeEvaluationStart;
import dev.harness4j.event.UserDefineOutcome;
import dev.harness4j.event.UserEvent;
import dev.harness4j.hands.Cancellation;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.outcome.Deliverables;
import dev.harness4j.outcome.GradeResult;
import dev.harness4j.outcome.Grader;
import dev.harness4j.outcome.GradingRequest;
import dev.harness4j.outcome.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcome loop (§9). When the agent ends a turn while an outcome is active, the iteration is graded instead of
 * idling: {@code span.outcome_evaluation_start}, an {@code _ongoing} heartbeat at once and then every
 * {@link OutcomeGrading#heartbeat()}, and {@code _end} with the verdict. The grader runs on its own thread and sees
 * only the description, the rubric, the files under {@code /mnt/session/outputs/} and the agent's final message.
 * {@code satisfied} and {@code failed} (a failed grader too) end the outcome; {@code needs_revision} feeds the
 * explanation back as the next turn's input until {@code iteration + 1} reaches {@code max_iterations}, where the
 * verdict is recorded as {@code max_iterations_reached}. A {@code user.interrupt} while grading ends it
 * {@code interrupted}; one while the agent works ends it with a {@code _start}/{@code _end interrupted} pair for the
 * current iteration. After a restart, an evaluation left open (a start without its end) is graded again and ended
 * under the same start id.
 */
final class OutcomeLoop {
    private static final Logger log = LoggerFactory.getLogger(OutcomeLoop.class);
    private static final int WINDOW = 64;

    /** What follows an agent's end of turn. */
    enum Next {
        /** The session idles with {@code end_turn}. */
        IDLE,
        /** The turn goes on: the revision request is in the log, ask the model again. */
        REVISE,
        /** Nothing more: an interrupt is processed next (or the process is closing). */
        STOP
    }

    private final SessionContext ctx;
    private final Consumer<List<? extends Event>> append;
    private final InterruptControl interrupt;
    private final OutcomeGrading grading;
    private final OutcomeState state;
    private Grader grader;

    OutcomeLoop(SessionContext ctx, Consumer<List<? extends Event>> append, InterruptControl interrupt,
                OutcomeGrading grading, OutcomeState state) {
        this.ctx = ctx;
        this.append = append;
        this.interrupt = interrupt;
        this.grading = grading;
        this.state = state;
    }

    /** The outcomes' state. */
    OutcomeState state() {
        return state;
    }

    /**
     * Checks the outcomes among events being sent and gives each a fresh {@code outcome_id} and its effective
     * {@code max_iterations}; refuses a second outcome while one is pending or active, naming it.
     */
    List<UserEvent> prepare(List<? extends UserEvent> events) {
        state.advance(ctx);
        String blocking = state.unfinished();
        List<UserEvent> out = new ArrayList<>(events.size());
        for (UserEvent e : events) {
            if (!(e instanceof UserDefineOutcome d)) {
                out.add(e);
                continue;
            }
            if (d.outcomeId() != null) {
                throw new InvalidRequestException(UserDefineOutcome.TYPE + ": outcome_id is assigned by the session; "
                        + "send the event without it");
            }
            if (d.rubric() instanceof Rubric.File f) {
                throw new InvalidRequestException(UserDefineOutcome.TYPE + ": file rubrics (" + f.fileId() + ") are not "
                        + "supported by harness4j, which has no Files API; send the rubric as {\"type\":\"text\"}");
            }
            if (blocking != null) {
                throw new ConflictException("session " + ctx.sessionId() + " already has outcome " + blocking
                        + " in progress; one outcome at a time: define the next after its span.outcome_evaluation_end"
                        + " with a terminal result");
            }
            String id = ctx.ids().next(IdGenerator.Prefix.OUTCOME);
            blocking = id;
            out.add(new UserDefineOutcome(null, id, d.description(), d.rubric(), d.effectiveMaxIterations(), null));
        }
        return out;
    }

    /** At the agent's end of turn: grades the active outcome's iteration, or idles when there is none. */
    Next afterTurn() {
        state.advance(ctx);
        UserDefineOutcome outcome = state.active();
        if (outcome == null) {
            return Next.IDLE;
        }
        SpanOutcomeEvaluationStart start = new SpanOutcomeEvaluationStart(ctx.newEventId(), outcome.outcomeId(),
                state.iteration(), ctx.now());
        append.accept(List.of(start));
        return grade(outcome, start);
    }

    /**
     * At the end of a turn a restart left open: an evaluation left open is graded again, a recorded
     * {@code needs_revision} starts its revision turn, otherwise as {@link #afterTurn()}.
     */
    Next resume() {
        state.advance(ctx);
        UserDefineOutcome outcome = state.active();
        SpanOutcomeEvaluationStart open = state.openStart();
        if (outcome != null && open != null && open.outcomeId().equals(outcome.outcomeId())) {
            log.info("session {}: grading iteration {} of {} again after a restart", ctx.sessionId(),
                    open.iteration(), outcome.outcomeId());
            return grade(outcome, open);
        }
        if (outcome != null && state.revisionPending()) {
            return Next.REVISE;
        }
        return afterTurn();
    }

    /** The events that end the active outcome when an interrupt arrives while the agent works (none otherwise). */
    List<Event> onInterrupt() {
        state.advance(ctx);
        UserDefineOutcome outcome = state.active();
        if (outcome == null) {
            return List.of();
        }
        SpanOutcomeEvaluationStart start = state.openStart();
        List<Event> out = new ArrayList<>(2);
        if (start == null) {
            start = new SpanOutcomeEvaluationStart(ctx.newEventId(), outcome.outcomeId(), state.iteration(),
                    ctx.now());
            out.add(start);
        }
        out.add(end(start, OutcomeResult.INTERRUPTED, "interrupted by the user before the iteration was graded",
                ModelUsage.ZERO));
        return out;
    }

    private Next grade(UserDefineOutcome outcome, SpanOutcomeEvaluationStart start) {
        append.accept(List.of(ongoing(start)));
        CompletableFuture<GradeResult> result = new CompletableFuture<>();
        CompletableFuture<Void> interrupted = new CompletableFuture<>();
        Cancellation wake = new Cancellation();
        wake.onCancel(() -> interrupted.complete(null));
        String finalMessage = finalAgentMessage();
        Thread worker = new Thread(() -> {
            try {
                GradingRequest request = GradingRequest.forOutcome(outcome, start.iteration(),
                        Deliverables.collect(ctx.workspaces().get()), finalMessage);
                result.complete(grader().grade(request));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "harness4j-grader-" + ctx.sessionId());
        worker.setDaemon(true);
        ctx.runningCall().set(wake);
        try {
            worker.start();
            while (true) {
                if (interrupt.requested() || interrupted.isDone()) {
                    worker.interrupt();
                    append.accept(List.of(end(start, OutcomeResult.INTERRUPTED,
                            "interrupted by the user while grading", ModelUsage.ZERO)));
                    return Next.STOP;
                }
                try {
                    CompletableFuture.anyOf(result, interrupted).get(grading.heartbeat().toNanos(),
                            TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    append.accept(List.of(ongoing(start)));
                    continue;
                } catch (ExecutionException e) {
                    // the result failed; read below
                }
                if (result.isDone() && !interrupt.requested()) {
                    return verdict(outcome, start, result);
                }
            }
        } catch (InterruptedException e) {
            // The harness is closing: record nothing, so that a reopened harness grades this iteration again.
            worker.interrupt();
            Thread.currentThread().interrupt();
            return Next.STOP;
        } finally {
            ctx.runningCall().compareAndSet(wake, null);
        }
    }

    private Next verdict(UserDefineOutcome outcome, SpanOutcomeEvaluationStart start,
                         CompletableFuture<GradeResult> result) {
        GradeResult grade;
        try {
            grade = result.join();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            log.warn("session {}: grading {} iteration {} failed", ctx.sessionId(), outcome.outcomeId(),
                    start.iteration(), cause);
            append.accept(List.of(end(start, OutcomeResult.FAILED, "the grader failed: " + cause.getMessage(),
                    ModelUsage.ZERO)));
            return Next.IDLE;
        }
        if (grade.verdict() != Verdict.NEEDS_REVISION) {
            append.accept(List.of(end(start, grade.verdict().toOutcomeResult(), grade.explanation(), grade.usage())));
            return Next.IDLE;
        }
        if (start.iteration() + 1 < outcome.effectiveMaxIterations()) {
            append.accept(List.of(end(start, OutcomeResult.NEEDS_REVISION, grade.explanation(), grade.usage())));
            return Next.REVISE;
        }
        append.accept(List.of(end(start, OutcomeResult.MAX_ITERATIONS_REACHED, grade.explanation(), grade.usage())));
        return Next.IDLE;
    }

    private synchronized Grader grader() {
        if (grader == null) {
            grader = grading.graders().apply(ctx.agent());
        }
        return grader;
    }

    /** The text of the agent messages of the last model response in the log (empty when it said nothing). */
    private String finalAgentMessage() {
        List<String> texts = new ArrayList<>();
        for (long hi = ctx.size(); hi > 0; hi -= WINDOW) {
            long lo = Math.max(0, hi - WINDOW);
            List<Event> window = ctx.read(lo, (int) (hi - lo));
            for (int i = window.size() - 1; i >= 0; i--) {
                Event e = window.get(i);
                if (e instanceof SpanModelRequestStart) {
                    return joinReversed(texts);
                }
                if (e instanceof AgentMessage m) {
                    texts.add(m.text());
                }
            }
        }
        return joinReversed(texts);
    }

    private static String joinReversed(List<String> texts) {
        java.util.Collections.reverse(texts);
        return String.join("\n\n", texts);
    }

    private SpanOutcomeEvaluationOngoing ongoing(SpanOutcomeEvaluationStart start) {
        return new SpanOutcomeEvaluationOngoing(ctx.newEventId(), start.outcomeId(), start.iteration(), ctx.now());
    }

    private SpanOutcomeEvaluationEnd end(SpanOutcomeEvaluationStart start, OutcomeResult result, String explanation,
                                         ModelUsage usage) {
        return new SpanOutcomeEvaluationEnd(ctx.newEventId(), start.id(), start.outcomeId(), start.iteration(), result,
                explanation, usage, ctx.now());
    }
}
