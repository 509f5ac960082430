/**
 * Environments: reusable templates for session workspaces — an in-memory filesystem or a jailed host directory, a
 * network policy ({@code none} by default here), seed files and metadata — mirroring the Managed Agents environment.
 *
 * <p>{@link dev.harness4j.environment.EnvironmentSpec} creates one (also from the hosted JSON, where a {@code cloud}
 * config becomes {@code in_memory}); {@link dev.harness4j.environment.Environments} is the service. Updates apply to
 * sessions created afterwards; running sessions keep the workspace they were given.
 */
package dev.harness4j.environment;
