/**
 * Measurements that are not microbenchmarks, each run in a fresh JVM: the heap held by idle sessions (full
 * collections until the reading settles), waking a 100,000-event session after a reopen, and the wall time of many
 * sessions against a model with simulated latency, on the default executor and on virtual threads.
 */
package dev.harness4j.bench.scenario;
