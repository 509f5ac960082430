/**
 * The benchmark suite's runner: {@link dev.harness4j.bench.BenchMain} runs the JMH benchmarks (one class at a time,
 * short settings by default, {@code --full} for publication) and the scenarios (each in a fresh JVM), then prints
 * and writes the Markdown results table with every target and whether it is met.
 */
package dev.harness4j.bench;
