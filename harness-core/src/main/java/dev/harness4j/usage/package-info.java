/**
 * Usage and limits: a session's token totals, active time and list cost ({@link dev.harness4j.usage.SessionUsage},
 * folded from the log by {@link dev.harness4j.usage.UsageMeter}), the list prices behind the cost
 * ({@link dev.harness4j.usage.PriceTable}, {@link dev.harness4j.usage.ModelPrice}, {@link dev.harness4j.usage.ListCost})
 * and the limits the runtime enforces on every session ({@link dev.harness4j.usage.UsageLimits}: the budget and the
 * stuck-loop guard).
 */
package dev.harness4j.usage;
