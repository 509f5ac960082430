package dev.harness4j.hands;

import dev.harness4j.environment.Networking;
import dev.harness4j.workspace.Workspace;
import java.time.Clock;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A {@link ToolContext} outside any harness, for running or unit-testing a tool on its own: it owns its session
 * resources (close it to release them) and its {@link Cancellation}; the workspace stays the caller's.
 */
public final class StandaloneToolContext implements ToolContext, AutoCloseable {
    private final String sessionId;
    private final Workspace workspace;
    private final Networking networking;
    private final Clock clock;
    private final Cancellation cancellation = new Cancellation();
    private final BooleanSupplier extraCancelled;
    private final SessionResources resources = new SessionResources();

    private StandaloneToolContext(Builder b) {
        this.sessionId = b.sessionId;
        this.workspace = Objects.requireNonNull(b.workspace, "workspace");
        this.networking = b.networking;
        this.clock = b.clock;
        this.extraCancelled = b.cancelled;
    }

    /** A context over this workspace: session {@code sesn_standalone}, no network, the UTC system clock. */
    public static StandaloneToolContext of(Workspace workspace) {
        return builder(workspace).build();
    }

    /** A builder over this workspace. */
    public static Builder builder(Workspace workspace) {
        return new Builder(workspace);
    }

    /** The cancellation signal of this context; {@link Cancellation#cancel()} cancels the running call. */
    public Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public String sessionId() {
        return sessionId;
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public Networking networking() {
        return networking;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public boolean cancelled() {
        return cancellation.isCancelled() || extraCancelled.getAsBoolean();
    }

    @Override
    public AutoCloseable onCancel(Runnable action) {
        return cancellation.onCancel(action);
    }

    @Override
    public <T extends AutoCloseable> T resource(Class<T> type, Supplier<? extends T> create) {
        return resources.get(type, create);
    }

    @Override
    public void discardResource(Class<? extends AutoCloseable> type) {
        resources.discard(type);
    }

    /** Closes the session resources this context created (not the workspace). */
    @Override
    public void close() {
        resources.close();
    }

    /** Builds a {@link StandaloneToolContext}. */
    public static final class Builder {
        private final Workspace workspace;
        private String sessionId = "sesn_standalone";
        private Networking networking = Networking.NONE;
        private Clock clock = Clock.systemUTC();
        private BooleanSupplier cancelled = () -> false;

        private Builder(Workspace workspace) {
            this.workspace = Objects.requireNonNull(workspace, "workspace");
        }

        /** The session id tools see. */
        public Builder sessionId(String id) {
            this.sessionId = Objects.requireNonNull(id);
            return this;
        }

        /** The network policy tools see (default none). */
        public Builder networking(Networking n) {
            this.networking = Objects.requireNonNull(n);
            return this;
        }

        /** The clock tools see. */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        /** An extra condition polled by {@link #cancelled()} (for tests that cancel after N polls). */
        public Builder cancelledWhen(BooleanSupplier condition) {
            this.cancelled = Objects.requireNonNull(condition);
            return this;
        }

        /** The context. */
        public StandaloneToolContext build() {
            return new StandaloneToolContext(this);
        }
    }
}
