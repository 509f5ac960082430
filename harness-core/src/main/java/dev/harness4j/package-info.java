/**
 * harness4j: an in-process agent runtime modelled on Claude Managed Agents. {@link dev.harness4j.Harness}
 * is the entry point; agents, environments, sessions and events live in their own packages.
 */
package dev.harness4j;
