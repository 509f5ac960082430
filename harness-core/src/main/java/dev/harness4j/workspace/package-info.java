/**
 * Workspaces: a session's sandboxed filesystem. A {@link dev.harness4j.workspace.Workspace} presents logical absolute
 * paths ({@code /workspace}, {@code /mnt/session/outputs}, {@code /mnt/session/uploads}) through an immutable
 * {@link dev.harness4j.workspace.MountTable}, each mount backed by a directory of an in-memory (Jimfs) or host file
 * system. Every path a tool touches goes through {@link dev.harness4j.workspace.Workspace#resolve}, the jail: it
 * follows every symbolic link (leaf and dangling ones included), applies {@code ..} after link resolution, and refuses
 * any location outside the mounts or a write into a read-only mount. {@link dev.harness4j.workspace.WorkspaceFiles}
 * holds the bounded read and the atomic write the file tools share.
 */
package dev.harness4j.workspace;
