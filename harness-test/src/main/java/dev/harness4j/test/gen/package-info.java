/**
 * QuickTheories generators for harness4j's property tests: every event type with random but valid field values
 * ({@link dev.harness4j.test.gen.EventGenerators}), the blocks and values inside events
 * ({@link dev.harness4j.test.gen.PayloadGenerators}), the JSON building blocks underneath: unicode text, ids, instants
 * of every precision, free-form JSON objects ({@link dev.harness4j.test.gen.JsonGenerators}); and hostile and ordinary
 * workspace paths ({@link dev.harness4j.test.gen.PathGenerators}): segments mixed with {@code ..}, {@code .} and empty
 * segments, under absolute prefixes inside, beside and outside the standard mounts.
 *
 * <p>Generators are plain {@code org.quicktheories.core.Gen}s: combine them with {@code map}, {@code zip} and
 * {@code Generate}, and run them with {@code QuickTheory.qt()}.
 */
package dev.harness4j.test.gen;
