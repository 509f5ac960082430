package dev.harness4j.hands;

import dev.harness4j.workspace.Workspace;
import java.time.Clock;

/** What a running tool may see: its session, the session's workspace, the clock, and whether it should stop. */
public interface ToolContext {

    /** The session the call belongs to. */
    String sessionId();

    /** The session's sandboxed filesystem. */
    Workspace workspace();

    /** The harness clock. */
    Clock clock();

    /** True once the call should stop early (interrupt, shutdown); long-running tools poll it. */
    boolean cancelled();
}
