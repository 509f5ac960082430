/**
 * File and system utilities of the Java shell ({@code ls}, {@code cat}, {@code find}, {@code cp}, {@code mv},
 * {@code diff} and friends), each a {@link dev.harness4j.tools.shell.Command} returned by
 * {@link dev.harness4j.tools.shell.files.FileCommands#all()}. They mirror GNU coreutils 9.1, findutils 4.9 and
 * diffutils under {@code LC_ALL=C TZ=UTC}: output formats, C-locale byte order, exit statuses and error texts.
 *
 * <p>Every path goes through {@link dev.harness4j.tools.shell.CommandContext#resolve}, the workspace jail. A command
 * acting on a link itself (rm, ls -l, find, mv) resolves the parent and appends the last name; recursive walks never
 * follow a link found inside a tree except through the jail again ({@code find -L}, {@code ls -L}), and check for
 * cancellation at every entry. Files are replaced through a temporary sibling and an atomic move.
 *
 * <p>Where the workspace has no counterpart to what GNU shows, the commands print fixed values: owner and group
 * {@code user} (uid 1000), modes 644 for files, 755 for directories and 777 for links, one link per file, device 0.
 * Sizes and blocks follow ext4: a directory is 4096 bytes and one 4 KiB block, a file takes whole 4 KiB blocks, a
 * short link none; so {@code du}, {@code ls -s}-like totals and {@code stat} match a real ext4 tree of small files.
 * Directory order, which GNU takes from the disk, is name order here ({@code find}, {@code du}, {@code cp -rv}). The
 * time zone is always UTC and the time comes from the shell's clock.
 */
package dev.harness4j.tools.shell.files;
