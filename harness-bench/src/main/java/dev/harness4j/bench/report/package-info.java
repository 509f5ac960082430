/**
 * The results table: rows with their targets (met or not, and by how much), rendered as Markdown for the README
 * and {@code harness-bench/results/latest.md}.
 */
package dev.harness4j.bench.report;
