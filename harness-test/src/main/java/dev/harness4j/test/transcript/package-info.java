/**
 * Transcript assertions: fluent checks over the events of a session — exact type sequences with a side-by-side
 * diff, subsequences, typed access to particular events, the final idle reason, and the one-result-per-tool-use
 * invariant. They let a test state what a session did in the vocabulary of the wire protocol.
 */
package dev.harness4j.test.transcript;
