package dev.harness4j.session;

import dev.harness4j.agent.Agent;
import dev.harness4j.brain.Brain;
import dev.harness4j.brain.LogView;
import dev.harness4j.event.Event;
import dev.harness4j.environment.Networking;
import dev.harness4j.hands.Cancellation;
import dev.harness4j.hands.SessionResources;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.hands.Toolbox;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.log.EventLog;
import dev.harness4j.usage.UsageMeter;
import dev.harness4j.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Everything one session's runner needs, wired by the harness. */
record SessionContext(String sessionId, Agent agent, EventLog log, Brain brain, Toolbox toolbox,
                      Supplier<Workspace> workspaces, Networking networking, SessionResources resources,
                      AtomicReference<Cancellation> runningCall, Clock clock, IdGenerator ids, Executor executor,
                      SessionLimits limits, SessionControls controls, UsageMeter usage) implements LogView {

    /** The session's own id: for a session thread (log key {@code <session id>.<thread id>}) the part before the dot. */
    String primarySessionId() {
        int dot = sessionId.indexOf('.');
        return dot < 0 ? sessionId : sessionId.substring(0, dot);
    }

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

    /** The context one tool call runs with; cancelling the session's running call fires {@code cancellation}. */
    ToolContext forCall(Cancellation cancellation) {
        return new CallContext(this, cancellation);
    }

    /** A tool call's view of the session. */
    private record CallContext(SessionContext session, Cancellation cancellation) implements ToolContext {
        @Override
        public String sessionId() {
            return session.sessionId();
        }

        @Override
        public Workspace workspace() {
            return session.workspaces().get();
        }

        @Override
        public Networking networking() {
            return session.networking();
        }

        @Override
        public Clock clock() {
            return session.clock();
        }

        @Override
        public boolean cancelled() {
            return cancellation.isCancelled();
        }

        @Override
        public AutoCloseable onCancel(Runnable action) {
            return cancellation.onCancel(action);
        }

        @Override
        public <T extends AutoCloseable> T resource(Class<T> type, Supplier<? extends T> create) {
            return session.resources().get(type, create);
        }

        @Override
        public void discardResource(Class<? extends AutoCloseable> type) {
            session.resources().discard(type);
        }
    }
}
