package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The state of one find run: the context, the prune flag of the current file, pending {@code -exec +} batches. */
final class FindRun {
    final CommandContext context;
    final Find command;
    boolean prune;
    boolean followLinks;
    final java.util.Set<java.nio.file.Path> ancestors = new java.util.HashSet<>();
    int status;
    private final List<Batch> batches = new ArrayList<>();

    FindRun(CommandContext context, Find command) {
        this.context = context;
        this.command = command;
    }

    /** Thrown by {@code -quit} to end the walk at once. */
    static final class Quit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Quit() {
            super(null, null, false, false);
        }
    }

    /** An {@code -exec cmd {} +} accumulating paths. */
    final class Batch {
        private final List<String> prefix;
        private final List<String> paths = new ArrayList<>();

        Batch(List<String> prefix) {
            this.prefix = prefix;
            batches.add(this);
        }

        void add(String path) throws IOException {
            paths.add(path);
            if (paths.size() >= 4096) {
                flush();
            }
        }

        void flush() throws IOException {
            if (paths.isEmpty()) {
                return;
            }
            List<String> argv = new ArrayList<>(prefix);
            argv.addAll(paths);
            paths.clear();
            if (run(argv) != 0) {
                status = 1;
            }
        }
    }

    int run(List<String> argv) throws IOException {
        context.stdout().flush();
        return context.execute(argv, context.stdin(), context.stdout(), context.stderr());
    }

    void finish() throws IOException {
        for (Batch b : batches) {
            b.flush();
        }
    }
}
