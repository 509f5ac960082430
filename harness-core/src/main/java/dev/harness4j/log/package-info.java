/**
 * The log: the durable, ordered, per-session event store that is the single source of truth of a session.
 *
 * <p>{@link dev.harness4j.log.EventLog} is the SPI: atomic ordered appends, positional reads and subscriptions that
 * replay from an offset and then go live with no gap and no duplicate. Two implementations ship:
 * {@link dev.harness4j.log.InMemoryEventLog} for tests and short-lived sessions, and
 * {@link dev.harness4j.log.FileEventLog}, one JSON-lines file per session with a configurable
 * {@link dev.harness4j.log.FsyncPolicy}. Both share one subscription mechanism, so "replay then live" is implemented
 * once. Other implementations (JDBC, Kafka) prove themselves with the conformance suite in {@code harness-test}.
 */
package dev.harness4j.log;
