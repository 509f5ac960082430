package dev.harness4j.tools.bash;

import java.util.List;
import java.util.stream.Collectors;

/** Kills a process and every process it started, forcibly (SIGKILL), so nothing a command left running survives. */
final class ProcessTrees {
    private static final int ROUNDS = 5;

    private ProcessTrees() {
    }

    /**
     * Kills {@code root} and its descendants. Under bubblewrap the shell's pid namespace ends with its first process,
     * which takes every process inside with it; the descendant sweep, repeated while new children appear, covers the
     * unconfined shell too, except processes that left the tree by double-forking to init.
     */
    static void kill(ProcessHandle root) {
        for (int round = 0; round < ROUNDS; round++) {
            List<ProcessHandle> descendants = root.descendants().collect(Collectors.toList());
            root.destroyForcibly();
            for (ProcessHandle p : descendants) {
                p.destroyForcibly();
            }
            if (root.descendants().noneMatch(ProcessHandle::isAlive)) {
                return;
            }
        }
    }
}
