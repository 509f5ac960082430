package dev.harness4j.usage;

import dev.harness4j.brain.LogView;
import dev.harness4j.event.Event;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusRescheduled;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.event.SpanModelRequestEnd;
import java.time.Instant;
import java.util.List;

/**
 * A session's usage, folded incrementally from its log: each call reads only what was appended since the previous
 * one, so totals cost nothing to keep and are rebuilt from the log after a restart. Thread-safe.
 */
public final class UsageMeter {
    private static final int BATCH = 512;
    private static final String PRIMARY = "";

    private final String model;
    private final PriceTable prices;
    private final ActiveTime active = new ActiveTime();
    private long offset;
    private ModelUsage tokens = ModelUsage.ZERO;
    private ListCost cost = ListCost.ZERO_USD;
    private boolean unpriced;
    private Instant terminatedAt;
    private final java.util.Map<String, Long> threadOffsets = new java.util.HashMap<>();

    /** A meter for a session whose requests go to {@code model}, priced by {@code prices}. */
    public UsageMeter(String model, PriceTable prices) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.prices = java.util.Objects.requireNonNull(prices, "prices");
        this.unpriced = prices.price(model).isEmpty();
    }

    /** Folds every event appended to the log since the last call. */
    public synchronized void advance(LogView view) {
        long size = view.size();
        while (offset < size) {
            List<Event> batch = view.read(offset, (int) Math.min(BATCH, size - offset));
            if (batch.isEmpty()) {
                break;
            }
            batch.forEach(this::fold);
            offset += batch.size();
        }
    }

    /**
     * Folds the model usage a session thread appended to its own log since the last call, priced at the thread's
     * {@code threadModel}; the thread's running time comes from the thread status events of the primary log.
     */
    public synchronized void advanceThread(String threadId, String threadModel, LogView view) {
        long from = threadOffsets.getOrDefault(threadId, 0L);
        long size = view.size();
        while (from < size) {
            List<Event> batch = view.read(from, (int) Math.min(BATCH, size - from));
            if (batch.isEmpty()) {
                break;
            }
            for (Event e : batch) {
                if (e instanceof SpanModelRequestEnd end) {
                    tokens = tokens.plus(end.modelUsage());
                    java.util.Optional<ListCost> c = prices.cost(threadModel, end.modelUsage());
                    c.ifPresent(x -> cost = cost.plus(x));
                    if (c.isEmpty()) {
                        unpriced = true;
                    }
                }
            }
            from += batch.size();
        }
        threadOffsets.put(threadId, from);
    }

    /** The usage folded so far; a running interval counts up to {@code now}. */
    public synchronized SessionUsage usage(Instant now) {
        return new SessionUsage(tokens.inputTokens(), tokens.outputTokens(), tokens.cacheReadInputTokens(),
                new SessionUsage.CacheCreation(0, tokens.cacheCreationInputTokens()),
                active.total(now).toNanos() / 1e9, unpriced ? null : cost);
    }

    /**
     * The session's {@code stats}: running time summed over threads, and the time since {@code createdAt} up to
     * {@code now}, frozen when the session was terminated.
     */
    public synchronized SessionStats stats(Instant createdAt, Instant now) {
        Instant end = terminatedAt != null ? terminatedAt : now;
        return new SessionStats(active.sum(now).toNanos() / 1e9,
                Math.max(0, java.time.Duration.between(createdAt, end).toNanos()) / 1e9);
    }

    /** The list cost so far, or null when the model has no price. */
    public synchronized ListCost listCost() {
        return unpriced ? null : cost;
    }

    private void fold(Event e) {
        if (e instanceof SpanModelRequestEnd end) {
            tokens = tokens.plus(end.modelUsage());
            prices.cost(model, end.modelUsage()).ifPresent(c -> cost = cost.plus(c));
        } else if (e instanceof dev.harness4j.event.SessionThreadStatusRunning t && e.processedAt() != null) {
            active.start(t.sessionThreadId(), e.processedAt());
        } else if (e instanceof dev.harness4j.event.SessionThreadStatusIdle t && e.processedAt() != null) {
            active.stop(t.sessionThreadId(), e.processedAt());
        } else if (e instanceof dev.harness4j.event.SessionThreadStatusRescheduled t && e.processedAt() != null) {
            active.stop(t.sessionThreadId(), e.processedAt());
        } else if (e instanceof dev.harness4j.event.SessionThreadStatusTerminated t && e.processedAt() != null) {
            active.stop(t.sessionThreadId(), e.processedAt());
        } else if (e instanceof SessionStatusRunning && e.processedAt() != null) {
            active.start(PRIMARY, e.processedAt());
        } else if ((e instanceof SessionStatusIdle || e instanceof SessionStatusRescheduled
                || e instanceof SessionStatusTerminated) && e.processedAt() != null) {
            active.stop(PRIMARY, e.processedAt());
            if (e instanceof SessionStatusTerminated) {
                terminatedAt = e.processedAt();
            }
        }
    }

    @Override
    public synchronized String toString() {
        return "UsageMeter[" + model + ", offset " + offset + "]";
    }
}
