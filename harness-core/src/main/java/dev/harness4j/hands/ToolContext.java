package dev.harness4j.hands;

import dev.harness4j.environment.Networking;
import dev.harness4j.workspace.Workspace;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What a running tool may see: its session, the session's workspace and network policy, the clock, session-scoped
 * state, and whether it should stop.
 */
public interface ToolContext {

    /** The session the call belongs to. */
    String sessionId();

    /** The session's sandboxed filesystem. */
    Workspace workspace();

    /** The network the session's environment allows its tools. */
    Networking networking();

    /** The harness clock. */
    Clock clock();

    /** True once the call should stop early (interrupt, shutdown); long-running tools poll it. */
    boolean cancelled();

    /**
     * Runs {@code action} when the call is cancelled (at once if it already is), e.g. to kill a process; closing the
     * returned handle unregisters it.
     */
    AutoCloseable onCancel(Runnable action);

    /**
     * The session's resource of this type (a persistent shell, say), created by {@code create} on first use and closed
     * when the session is closed; see {@link SessionResources}.
     */
    <T extends AutoCloseable> T resource(Class<T> type, Supplier<? extends T> create);

    /** Closes and forgets the session's resource of this type, if any (e.g. {@code bash} with {@code restart}). */
    void discardResource(Class<? extends AutoCloseable> type);
}
