package dev.harness4j.session;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.agent.Agent;
import dev.harness4j.outcome.Grader;
import dev.harness4j.outcome.ModelGrader;
import dev.harness4j.brain.ModelResolver;
import dev.harness4j.agent.ModelConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the sessions of a harness grade outcomes: which {@link Grader} judges a session's work (chosen per pinned agent,
 * so the default can grade with the agent's own model) and how often a {@code span.outcome_evaluation_ongoing}
 * heartbeat is appended while it runs (one is always appended when grading starts).
 *
 * @param graders   the grader for a session's agent; it may throw to say none is available (the evaluation fails)
 * @param heartbeat the interval between heartbeats
 */
public record OutcomeGrading(Function<Agent, Grader> graders, Duration heartbeat) {
    /** The default heartbeat interval. */
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(10);

    /** Validates that both parts are present and the heartbeat is positive. */
    public OutcomeGrading {
        Objects.requireNonNull(graders, "graders");
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new InvalidRequestException("the outcome heartbeat must be positive, got " + heartbeat);
        }
    }

    /**
     * The grading a harness is configured with: {@code grader} when given; otherwise a {@link ModelGrader} over
     * {@code graderModel} (or, when null, each agent's own model) resolved through {@code models}; otherwise
     * {@link #unavailable()} grading.
     */
    public static OutcomeGrading of(Grader grader, ModelResolver models, ModelConfig graderModel, Duration heartbeat) {
        if (grader != null) {
            return new OutcomeGrading(agent -> grader, heartbeat);
        }
        if (models == null) {
            return new OutcomeGrading(unavailable().graders(), heartbeat);
        }
        return new OutcomeGrading(agent -> ModelGrader.of(models.resolve(graderModel != null ? graderModel
                : agent.model())), heartbeat);
    }

    /** Grading that always fails with an explanation: the harness has no grader and no model to build one. */
    public static OutcomeGrading unavailable() {
        return new OutcomeGrading(agent -> {
            throw new InvalidRequestException("this harness has no grader: configure Harness.builder().grader(...) "
                    + "or models(...)");
        }, DEFAULT_HEARTBEAT);
    }
}
