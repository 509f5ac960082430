package dev.harness4j.session;

import dev.harness4j.agent.Agent;
import dev.harness4j.brain.Brain;
import dev.harness4j.brain.LogView;
import dev.harness4j.event.Event;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.hands.Toolbox;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.log.EventLog;
import dev.harness4j.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Everything one session's runner needs, wired by the harness. */
record SessionContext(String sessionId, Agent agent, EventLog log, Brain brain, Toolbox toolbox,
                      Supplier<Workspace> workspaces, Clock clock, IdGenerator ids, Executor executor,
                      SessionLimits limits) implements LogView, ToolContext {

    String newEventId() {
        return ids.next(IdGenerator.Prefix.EVENT);
    }

    Instant now() {
        return clock.instant();
    }

    @Override
    public long size() {
        return log.size(sessionId);
    }

    @Override
    public List<Event> read(long from, int limit) {
        return log.read(sessionId, from, limit);
    }

    @Override
    public Workspace workspace() {
        return workspaces.get();
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
