/**
 * QuickTheories generators for harness4j's property tests. {@link dev.harness4j.test.gen.PathGenerators} makes
 * hostile and ordinary workspace paths: segments from a small alphabet mixed with {@code ..}, {@code .} and empty
 * segments, under absolute prefixes that sit inside, beside and outside the standard mounts.
 */
package dev.harness4j.test.gen;
