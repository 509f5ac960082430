/**
 * The Store SPI: where a harness keeps agents (every version), environments and session records.
 *
 * <p>{@link dev.harness4j.store.Store#inMemory()} keeps them in memory; {@link dev.harness4j.store.Store#directory}
 * keeps them as JSON files written atomically, so a harness reopened on the same directory sees the same resources. A
 * new implementation (a database, say) proves itself against {@code StoreConformance} in harness-test. Session events
 * are not kept here but in the event log.
 */
package dev.harness4j.store;
