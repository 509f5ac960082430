package dev.harness4j.hands;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A one-way cancellation signal for a running tool call: poll {@link #isCancelled()} or register an action that runs
 * once when {@link #cancel()} is called (at once if it already was). Safe for concurrent use.
 */
public final class Cancellation {
    private static final Logger LOG = LoggerFactory.getLogger(Cancellation.class);

    private final List<Runnable> actions = new ArrayList<>();
    private volatile boolean cancelled;

    /** Creates a signal that has not fired. */
    public Cancellation() {
        // nothing fired yet
    }

    /** True once {@link #cancel()} has been called. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Fires the signal: runs every registered action once; later calls do nothing. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (actions) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        for (Runnable action : toRun) {
            run(action);
        }
    }

    /**
     * Registers an action to run when the signal fires (immediately, on this thread, if it already has); closing the
     * returned handle unregisters it.
     */
    public AutoCloseable onCancel(Runnable action) {
        synchronized (actions) {
            if (!cancelled) {
                actions.add(action);
                return () -> {
                    synchronized (actions) {
                        actions.remove(action);
                    }
                };
            }
        }
        run(action);
        return () -> { };
    }

    private static void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("a cancellation action failed", e);
        }
    }
}
