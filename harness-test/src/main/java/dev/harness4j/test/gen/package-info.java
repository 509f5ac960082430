/**
 * QuickTheories generators for property tests of code that handles events: every event type with random but valid
 * field values ({@link dev.harness4j.test.gen.EventGenerators}), the blocks and values inside events
 * ({@link dev.harness4j.test.gen.PayloadGenerators}) and the JSON building blocks underneath: unicode text, ids,
 * instants of every precision, free-form JSON objects ({@link dev.harness4j.test.gen.JsonGenerators}).
 *
 * <p>Generators are plain {@code org.quicktheories.core.Gen}s: combine them with {@code map}, {@code zip} and
 * {@code Generate}, and run them with {@code QuickTheory.qt()}.
 */
package dev.harness4j.test.gen;
