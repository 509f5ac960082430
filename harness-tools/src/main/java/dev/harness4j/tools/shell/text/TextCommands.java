package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import java.util.List;

/** The text utilities of the Java shell: grep, sed, awk, sort, uniq, cut, tr, wc, head, tail, rev, tac, printf. */
public final class TextCommands {
    private TextCommands() {
    }

    /** A fresh instance of every text command. */
    public static List<Command> all() {
        return List.of(
                new Grep("grep", GrepPatterns.Dialect.BASIC),
                new Grep("egrep", GrepPatterns.Dialect.EXTENDED),
                new Grep("fgrep", GrepPatterns.Dialect.FIXED),
                new Sed(),
                new Awk(),
                new Sort(),
                new Uniq(),
                new Cut(),
                new Tr(),
                new Wc(),
                new HeadTail(true),
                new HeadTail(false),
                new LineFilters.Rev(),
                new LineFilters.Tac(),
                new Printf());
    }
}
