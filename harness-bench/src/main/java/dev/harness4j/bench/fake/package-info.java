/**
 * The zero-latency scripted models and the shared workload of the per-turn benchmark. Every contestant gets the same
 * script: {@code n} replies that each call the {@code read} tool on one 2 KB file, then a final text answer. The
 * replies are built once, so the model itself costs next to nothing and what is measured is the harness.
 */
package dev.harness4j.bench.fake;
