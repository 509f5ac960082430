package dev.harness4j.session;

import dev.harness4j.event.Event;
import dev.harness4j.event.OutcomeResult;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.SpanOutcomeEvaluationEnd;
import dev.harness4j.event.SpanOutcomeEvaluationStart;
import dev.harness4j.event.UserDefineOutcome;
import dev.harness4j.brain.LogView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a session's outcomes stand, folded from its log: one {@link OutcomeEvaluation} per {@code
 * user.define_outcome}, the outcome being worked on (processed, not finished), the evaluation span left open (a
 * {@code span.outcome_evaluation_start} without its end) and whether a {@code needs_revision} verdict still waits for
 * the revision turn's first model request. It folds the log incrementally ({@link #advance}); a woken session folds
 * its log once. Thread-safe.
 */
final class OutcomeState {
    private static final int PAGE = 1024;

    private final Map<String, OutcomeEvaluation> entries = new LinkedHashMap<>();
    private UserDefineOutcome active;
    private SpanOutcomeEvaluationStart openStart;
    private boolean revisionPending;

    private long offset;

    /**
     * Folds the events appended since the last call, so the state matches the log as it is now (whoever saw an event
     * in the log sees its effect here).
     */
    synchronized OutcomeState advance(LogView log) {
        long size = log.size();
        while (offset < size) {
            List<Event> batch = log.read(offset, (int) Math.min(PAGE, size - offset));
            if (batch.isEmpty()) {
                break;
            }
            for (Event e : batch) {
                fold(e);
            }
            offset += batch.size();
        }
        return this;
    }

    private void fold(Event e) {
        if (e instanceof UserDefineOutcome d && d.outcomeId() != null) {
            boolean processed = d.processedAt() != null;
            entries.put(d.outcomeId(), new OutcomeEvaluation(d.outcomeId(), d.description(), 0,
                    processed ? OutcomeEvaluation.Status.RUNNING : OutcomeEvaluation.Status.PENDING, null, null));
            if (processed) {
                active = d;
                openStart = null;
                revisionPending = false;
            }
        } else if (e instanceof SpanOutcomeEvaluationStart s) {
            openStart = s;
            update(s.outcomeId(), s.iteration(), OutcomeEvaluation.Status.EVALUATING, null, false, e);
        } else if (e instanceof SpanOutcomeEvaluationEnd end) {
            openStart = null;
            if (end.result() == OutcomeResult.NEEDS_REVISION) {
                revisionPending = true;
                update(end.outcomeId(), end.iteration() + 1, OutcomeEvaluation.Status.RUNNING, end.explanation(),
                        false, e);
            } else {
                revisionPending = false;
                update(end.outcomeId(), end.iteration(), terminal(end.result()), end.explanation(), true, e);
                if (active != null && active.outcomeId().equals(end.outcomeId())) {
                    active = null;
                }
            }
        } else if (e instanceof SpanModelRequestStart) {
            revisionPending = false;
        }
    }

    private void update(String outcomeId, int iteration, OutcomeEvaluation.Status status, String explanation,
                        boolean done, Event e) {
        OutcomeEvaluation old = entries.get(outcomeId);
        if (old == null) {
            return;
        }
        entries.put(outcomeId, new OutcomeEvaluation(outcomeId, old.description(), iteration, status,
                explanation != null ? explanation : old.explanation(), done ? e.processedAt() : null));
    }

    private static OutcomeEvaluation.Status terminal(OutcomeResult result) {
        return switch (result) {
            case SATISFIED -> OutcomeEvaluation.Status.SATISFIED;
            case MAX_ITERATIONS_REACHED -> OutcomeEvaluation.Status.MAX_ITERATIONS_REACHED;
            case INTERRUPTED -> OutcomeEvaluation.Status.INTERRUPTED;
            case FAILED, NEEDS_REVISION -> OutcomeEvaluation.Status.FAILED;
        };
    }

    /** The outcome being worked on, or null. */
    synchronized UserDefineOutcome active() {
        return active;
    }

    /** The evaluation span left open (started, not ended), or null. */
    synchronized SpanOutcomeEvaluationStart openStart() {
        return openStart;
    }

    /** Whether a {@code needs_revision} verdict was recorded and the revision turn has not asked the model yet. */
    synchronized boolean revisionPending() {
        return revisionPending;
    }

    /** The next iteration to grade for the active outcome (its current iteration). */
    synchronized int iteration() {
        return active == null ? 0 : entries.get(active.outcomeId()).iteration();
    }

    /** The id of an outcome that is pending or active (one that blocks a new one), or null. */
    synchronized String unfinished() {
        for (OutcomeEvaluation e : entries.values()) {
            if (!e.terminal()) {
                return e.outcomeId();
            }
        }
        return null;
    }

    /** Every outcome of the session in the order they were defined. */
    synchronized List<OutcomeEvaluation> evaluations() {
        return List.copyOf(new ArrayList<>(entries.values()));
    }
}
