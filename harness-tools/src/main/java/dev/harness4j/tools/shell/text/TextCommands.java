package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.tools.shell.ShellAbortException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The text utilities of the Java shell: grep, sed, awk, sort, uniq, cut, tr, wc, head, tail, rev, tac, printf. */
public final class TextCommands {
    private static final Logger LOG = LoggerFactory.getLogger(TextCommands.class);

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
                new Printf()).stream().map(Guarded::new).map(Command.class::cast).toList();
    }

    /** Turns an unexpected failure inside a utility into a message and status 2 instead of a crashed script. */
    private record Guarded(Command inner) implements Command {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public int run(CommandContext context, List<String> args) throws IOException {
            try {
                return inner.run(context, args);
            } catch (ShellAbortException e) {
                throw e;
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (RuntimeException e) {
                LOG.warn("{} failed unexpectedly on {}", inner.name(), args, e);
                TextIo.err(context, inner.name(), "internal error: " + e);
                return 2;
            }
        }
    }
}
