package dev.harness4j.tools.bash;

import dev.harness4j.hands.ToolContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A shell factory for tool tests: every shell it opens runs commands through one scripted behaviour. */
final class FakeShells implements ShellFactory {

    /** What a fake shell does with a command. */
    @FunctionalInterface
    interface Behaviour {
        int run(FakeShell shell, String command, OutputStream out, Duration timeout, ToolContext context)
                throws IOException;
    }

    private final Behaviour behaviour;
    final List<FakeShell> opened = new ArrayList<>();

    FakeShells(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    @Override
    public synchronized ShellSession open(ToolContext context) {
        FakeShell shell = new FakeShell();
        opened.add(shell);
        return shell;
    }

    /** One fake shell: remembers the commands it ran and whether it was closed. */
    final class FakeShell implements ShellSession {
        final List<String> commands = new ArrayList<>();
        volatile boolean closed;
        /** Scratch state a behaviour may keep (say, a working directory). */
        String state = "";

        @Override
        public int run(String command, OutputStream output, Duration timeout, ToolContext context)
                throws IOException {
            if (closed) {
                throw new IllegalStateException("ran a command on a closed fake shell");
            }
            commands.add(command);
            return behaviour.run(this, command, output, timeout, context);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
