/**
 * Sessions: a running agent with its workspace, its event log and its one runner. {@link dev.harness4j.session.Sessions}
 * creates and wakes them; {@link dev.harness4j.session.Session} is the handle an application sends events to and
 * streams events from.
 *
 * <p>Before each model call a turn passes its guards (model calls per message, the stuck-loop guard, the budget,
 * compaction); each model request runs with its span events and retries transient failures with backoff
 * ({@link dev.harness4j.session.RetryPolicy}, waiting through an injected {@link dev.harness4j.session.Sleeper}),
 * surfacing {@code session.status_rescheduled} and {@code session.error} with its {@code retry_status}.
 */
package dev.harness4j.session;
