package dev.harness4j.tools.shell;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** The limits, deadline and cancellation of one {@code run} call, shared by every thread the call uses. */
final class Budget {
    final ShellLimits limits;
    final Duration timeout;
    private final long deadline;
    private final BooleanSupplier cancelled;
    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong output = new AtomicLong();
    private volatile ShellAbortException abort;
    /** Outputs of process substitutions by their {@code /dev/fd/N} path. */
    final java.util.Map<String, byte[]> processOutputs = new java.util.concurrent.ConcurrentHashMap<>();

    Budget(ShellLimits limits, Duration timeout, BooleanSupplier cancelled) {
        this.limits = limits;
        this.timeout = timeout;
        this.cancelled = cancelled;
        long nanos = timeout == null ? Long.MAX_VALUE / 4 : Math.min(timeout.toNanos(), Long.MAX_VALUE / 4);
        this.deadline = System.nanoTime() + nanos;
    }

    /** Throws when the call must stop: aborted elsewhere, cancelled or past its deadline. */
    void check() {
        ShellAbortException a = abort;
        if (a != null) {
            throw a;
        }
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw abort(ShellAbortException.Reason.CANCELLED, "cancelled");
        }
        if (System.nanoTime() - deadline > 0) {
            throw abort(ShellAbortException.Reason.TIMEOUT, "timed out");
        }
    }

    /** The first abort of this call (later ones keep the first reason). */
    synchronized ShellAbortException abort(ShellAbortException.Reason reason, String message) {
        if (abort == null) {
            abort = new ShellAbortException(reason, message);
        }
        return abort;
    }

    ShellAbortException aborted() {
        return abort;
    }

    /** Records that a limit was reached and returns the abort to throw. */
    ShellAbortException limit(String what, String field) {
        return abort(ShellAbortException.Reason.LIMIT,
                "bash: harness4j limit reached: more than " + what + " (ShellLimits." + field + ")");
    }

    void countCommand() {
        check();
        if (commands.incrementAndGet() > limits.maxCommands()) {
            throw limit(limits.maxCommands() + " commands", "maxCommands");
        }
    }

    /** Counts one loop iteration ({@code count} is the loop's own count). */
    void loopIteration(long count) {
        check();
        if (count > limits.maxLoopIterations()) {
            throw limit(limits.maxLoopIterations() + " loop iterations", "maxLoopIterations");
        }
    }

    void depth(int depth) {
        if (depth > limits.maxCallDepth()) {
            throw limit(limits.maxCallDepth() + " nested calls", "maxCallDepth");
        }
    }

    String string(String s) {
        if (s.length() > limits.maxStringLength()) {
            throw limit(limits.maxStringLength() + " characters in one string", "maxStringLength");
        }
        return s;
    }

    /** Reserves up to {@code n} output bytes; returns how many may be written (fewer at the cap). */
    long reserveOutput(long n) {
        long before = output.getAndAdd(n);
        long room = limits.maxOutputBytes() - before;
        return Math.max(0, Math.min(n, room));
    }

    ShellAbortException outputLimit() {
        return limit(limits.maxOutputBytes() + " bytes of output", "maxOutputBytes");
    }
}
