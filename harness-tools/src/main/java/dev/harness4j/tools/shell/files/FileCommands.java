package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.Command;
import java.util.List;

/**
 * The file and system utilities of the Java shell: ls, cat, find, mkdir, rm, rmdir, mv, cp, touch, du, stat,
 * basename, dirname, date, sleep, env, seq, tee, xargs, diff, base64, sha256sum, md5sum, realpath, readlink, ln, nl,
 * chmod.
 */
public final class FileCommands {
    private FileCommands() {
    }

    /** A fresh instance of every file command. */
    public static List<Command> all() {
        return List.of(new Ls(), new Cat(), new Find(), new Mkdir(), new Rm(), new Rmdir(), new Mv(), new Cp(),
                new Touch(), new Du(), new Stat(), new PathNames.Basename(), new PathNames.Dirname(),
                new DateCommand(), new Sleep(), new Env(), new Seq(), new Tee(), new Xargs(), new Diff(),
                new Base64Command(), Digest.sha256(), Digest.md5(), new Links.Realpath(), new Links.Readlink(),
                new Links.Ln(), new Nl(), new Chmod());
    }
}
