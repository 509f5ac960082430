package dev.harness4j.usage;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Time with at least one thread running: the union of every thread's running intervals, overlaps counted once
 * ({@code usage.active_seconds}). Intervals are kept merged and disjoint, so adding one costs a logarithm of their
 * number; intervals still open count up to the instant asked about.
 */
final class ActiveTime {
    private final Map<String, Instant> openSince = new HashMap<>();
    private final NavigableMap<Instant, Instant> merged = new TreeMap<>();
    private Duration closedTotal = Duration.ZERO;
    private Duration closedSum = Duration.ZERO;

    /** Thread {@code thread} (a key; the primary thread has its own) started running at {@code at}. */
    void start(String thread, Instant at) {
        openSince.putIfAbsent(thread, at);
    }

    /** Thread {@code thread} stopped running at {@code at}; nothing happens if it was not running. */
    void stop(String thread, Instant at) {
        Instant since = openSince.remove(thread);
        if (since != null && at.isAfter(since)) {
            closedSum = closedSum.plus(Duration.between(since, at));
            add(since, at);
        }
    }

    /** Adds the interval [{@code from}, {@code to}), merging it with those it overlaps or touches. */
    void add(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return;
        }
        Instant start = from;
        Instant end = to;
        Map.Entry<Instant, Instant> before = merged.floorEntry(from);
        if (before != null && !before.getValue().isBefore(from)) {
            start = before.getKey();
        }
        NavigableMap<Instant, Instant> overlapping = merged.subMap(start, true, end, true);
        for (Map.Entry<Instant, Instant> e : overlapping.entrySet()) {
            closedTotal = closedTotal.minus(Duration.between(e.getKey(), e.getValue()));
            if (e.getValue().isAfter(end)) {
                end = e.getValue();
            }
        }
        overlapping.clear();
        merged.put(start, end);
        closedTotal = closedTotal.plus(Duration.between(start, end));
    }

    /** The time covered by at least one interval, open intervals counting up to {@code now}. */
    Duration total(Instant now) {
        Instant earliestOpen = null;
        for (Instant s : openSince.values()) {
            if (earliestOpen == null || s.isBefore(earliestOpen)) {
                earliestOpen = s;
            }
        }
        if (earliestOpen == null || !now.isAfter(earliestOpen)) {
            return closedTotal;
        }
        // Open intervals all end now, so their union is [earliestOpen, now); add what the closed ones do not cover.
        Duration open = Duration.between(earliestOpen, now);
        Map.Entry<Instant, Instant> before = merged.lowerEntry(earliestOpen);
        if (before != null && before.getValue().isAfter(earliestOpen)) {
            open = open.minus(Duration.between(earliestOpen, min(before.getValue(), now)));
        }
        for (Map.Entry<Instant, Instant> e : merged.subMap(earliestOpen, true, now, false).entrySet()) {
            open = open.minus(Duration.between(e.getKey(), min(e.getValue(), now)));
        }
        return closedTotal.plus(open);
    }

    /** The running time of every thread added up, overlaps counted per thread ({@code stats.active_seconds}). */
    Duration sum(Instant now) {
        Duration total = closedSum;
        for (Instant s : openSince.values()) {
            if (now.isAfter(s)) {
                total = total.plus(Duration.between(s, now));
            }
        }
        return total;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
