/**
 * The file tools of the built-in toolset: {@code read}, {@code write}, {@code edit}, {@code glob} and {@code grep}.
 * They mirror the Managed Agents reference implementation (inputs, limits and error texts) and reach files only
 * through {@link dev.harness4j.workspace.Workspace#resolve}, so every path, relative or absolute, is jailed to the
 * session's mounts and symbolic links that lead outside are refused (read, write, edit) or skipped (glob, grep).
 *
 * <p>Every refusal is an error result whose text starts with the tool name, e.g.
 * {@code edit: old_string appears 2 times in /workspace/a.txt (must be unique)}; paths in results and errors are
 * always logical ({@code /workspace/...}), never host paths.
 */
package dev.harness4j.tools.file;
