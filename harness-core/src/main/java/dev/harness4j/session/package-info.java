/**
 * Sessions: a running agent with its workspace, its event log and its one runner. {@link dev.harness4j.session.Sessions}
 * creates and wakes them; {@link dev.harness4j.session.Session} is the handle an application sends events to and
 * streams events from.
 */
package dev.harness4j.session;
