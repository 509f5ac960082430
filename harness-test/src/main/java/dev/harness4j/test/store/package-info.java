/**
 * The conformance suite of the {@link dev.harness4j.store.Store} SPI: extend
 * {@link dev.harness4j.test.store.StoreConformance} in a test, say how to create (and, for a durable store, reopen)
 * your store, and JUnit runs every contract against it — version sequences, lookups, ordering, archive overlay,
 * exact round trips, closing, concurrent writers and durability.
 */
package dev.harness4j.test.store;
