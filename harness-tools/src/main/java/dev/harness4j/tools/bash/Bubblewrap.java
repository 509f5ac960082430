package dev.harness4j.tools.bash;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the {@code bwrap} executable and checks that it can actually build a jail on this machine. */
final class Bubblewrap {
    private static final Logger LOG = LoggerFactory.getLogger(Bubblewrap.class);
    private static final long PROBE_SECONDS = 10;
    /** What to tell a user whose machine lacks bubblewrap. */
    static final String INSTALL_HINT = "install bubblewrap: apt-get install -y bubblewrap";

    private Bubblewrap() {
    }

    /**
     * The {@code bwrap} binary when it is on the {@code PATH} (or in {@code /usr/bin}) and a tiny jail with every
     * namespace unshared runs {@code true} successfully; empty otherwise (missing, or user namespaces disabled).
     */
    static Optional<Path> probe() {
        Optional<Path> binary = find("bwrap");
        if (binary.isEmpty()) {
            LOG.debug("bwrap not found on PATH");
            return Optional.empty();
        }
        List<String> cmd = List.of(binary.get().toString(), "--unshare-all", "--die-with-parent",
                "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib",
                "--symlink", "usr/lib64", "/lib64", "--proc", "/proc", "--dev", "/dev", "/usr/bin/true");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                ProcessTrees.kill(p.toHandle());
                LOG.warn("bwrap probe did not finish within {} s", PROBE_SECONDS);
                return Optional.empty();
            }
            if (p.exitValue() != 0) {
                LOG.warn("bwrap is installed at {} but cannot create a jail here (exit status {})", binary.get(),
                        p.exitValue());
                return Optional.empty();
            }
            return binary;
        } catch (IOException e) {
            LOG.warn("bwrap probe failed to start", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** An executable named {@code name} on the JVM's {@code PATH}, else in {@code /usr/bin}. */
    static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        String dirs = (path == null ? "" : path) + File.pathSeparator + "/usr/bin";
        for (String dir : dirs.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
