/**
 * Events: the sealed family of immutable records that make up a session's log, and the codec that reads and writes
 * them as the Managed Agents JSON.
 */
package dev.harness4j.event;
