package dev.harness4j.session;

import dev.harness4j.agent.Agents;
import dev.harness4j.brain.Brain;
import dev.harness4j.environment.Environments;
import dev.harness4j.hands.HostTools;
import dev.harness4j.hands.ToolsetProvider;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.log.EventLog;
import dev.harness4j.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the sessions service is wired with; built by the harness.
 *
 * @param sessionData where host-directory sessions keep their outputs and uploads (a directory per session)
 * @param controls    retries, usage limits and prices
 * @param hostTools   the application's tool gate and in-process custom tool handlers
 * @param grading     the outcome grader and heartbeat
 */
public record SessionServices(Store store, EventLog log, Agents agents, Environments environments, Brain brain,
                              List<ToolsetProvider> toolsets, Clock clock, IdGenerator ids, Executor executor,
                              SessionLimits limits, Supplier<Path> sessionData,
                              SessionControls controls, HostTools hostTools, OutcomeGrading grading) {
    /** Copies the toolset list. */
    public SessionServices {
        toolsets = List.copyOf(toolsets);
        java.util.Objects.requireNonNull(controls, "controls");
        java.util.Objects.requireNonNull(hostTools, "hostTools");
        java.util.Objects.requireNonNull(grading, "grading");
    }

    /** Services whose outcomes cannot be graded (no grader configured). */
    public SessionServices(Store store, EventLog log, Agents agents, Environments environments, Brain brain,
                           List<ToolsetProvider> toolsets, Clock clock, IdGenerator ids, Executor executor,
                           SessionLimits limits, Supplier<Path> sessionData, SessionControls controls,
                           HostTools hostTools) {
        this(store, log, agents, environments, brain, toolsets, clock, ids, executor, limits, sessionData, controls,
                hostTools, OutcomeGrading.unavailable());
    }
}
