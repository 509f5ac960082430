package dev.harness4j.tools.bash;

import dev.harness4j.environment.Networking;
import dev.harness4j.workspace.Access;
import dev.harness4j.workspace.Mount;
import dev.harness4j.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to start a host shell: the command line, the whole environment, and the working directory. Built for
 * bubblewrap (the jail) or, when the application opted in, for an unconfined {@code /bin/bash}.
 *
 * @param command     the program and its arguments
 * @param environment the complete environment of the started process (nothing is inherited)
 * @param directory   the working directory of the started process
 */
record ShellLaunch(List<String> command, Map<String, String> environment, Path directory) {

    /** The shell inside the jail: no profile, no rc file, so nothing from the host configures it. */
    static final List<String> BASH = List.of("/bin/bash", "--noprofile", "--norc");
    /** The search path inside the shell. */
    static final String PATH = "/usr/local/bin:/usr/bin:/bin";
    /** Host files bound read-only when the network is shared, so names resolve and TLS verifies. */
    private static final List<String> NETWORK_ETC = List.of(
            "/etc/resolv.conf", "/etc/hosts", "/etc/nsswitch.conf", "/etc/ssl", "/etc/ca-certificates");

    /** Copies the lists. */
    ShellLaunch {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    /** The scrubbed environment the shell sees: only these variables, nothing from the host. */
    static Map<String, String> shellEnvironment(String home) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", PATH);
        env.put("HOME", home);
        env.put("LANG", "C.UTF-8");
        env.put("TERM", "dumb");
        env.put("PS1", "");
        return env;
    }

    /**
     * bubblewrap around {@code /bin/bash}: every namespace unshared (no network unless {@code networking} is
     * unrestricted), {@code /usr} read-only, a private {@code /tmp}, {@code /proc} and {@code /dev}, no host
     * {@code /etc} but {@code /etc/alternatives} (so {@code awk} and friends resolve), each workspace mount bound at
     * its logical path, read-only or read-write as the mount says, and the rest of the root read-only.
     */
    static ShellLaunch bubblewrap(Path bwrap, Workspace workspace, Networking networking) {
        List<String> cmd = new ArrayList<>(List.of(bwrap.toString(),
                "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
                "--ro-bind", "/usr", "/usr",
                "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
                "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
                "--ro-bind-try", "/etc/alternatives", "/etc/alternatives"));
        if (networking instanceof Networking.Unrestricted) {
            cmd.add("--share-net");
            for (String etc : NETWORK_ETC) {
                cmd.addAll(List.of("--ro-bind-try", etc, etc));
            }
        }
        // Limited networking gives bash no network at all: the allow-list is enforced by web_fetch, and a process
        // in its own network namespace cannot be filtered by host name without a proxy.
        List<Mount> mounts = new ArrayList<>(workspace.mounts().mounts());
        mounts.sort(Comparator.comparingInt((Mount m) -> m.path().split("/").length));
        for (Mount m : mounts) {
            cmd.add(m.access() == Access.READ_WRITE ? "--bind" : "--ro-bind");
            cmd.add(m.root().toString());
            cmd.add(m.path());
        }
        // the jail's root is bubblewrap's own tmpfs: make it read-only once everything is mounted
        cmd.addAll(List.of("--remount-ro", "/", "--chdir", workspace.workingDirectory(), "--clearenv"));
        for (Map.Entry<String, String> e : shellEnvironment(workspace.workingDirectory()).entrySet()) {
            cmd.addAll(List.of("--setenv", e.getKey(), e.getValue()));
        }
        cmd.addAll(BASH);
        return new ShellLaunch(cmd, Map.of("PATH", PATH), workingRoot(workspace));
    }

    /**
     * {@code /bin/bash} straight in the workspace's backing directory with the scrubbed environment, in a session of
     * its own (through {@code setsid} when given) so the whole group can be killed. Sees the whole host filesystem.
     */
    static ShellLaunch unconfined(Workspace workspace, Path setsid) {
        List<String> cmd = new ArrayList<>();
        if (setsid != null) {
            cmd.add(setsid.toString());
        }
        cmd.addAll(BASH);
        Path root = workingRoot(workspace);
        return new ShellLaunch(cmd, shellEnvironment(root.toString()), root);
    }

    /** The backing directory of the workspace's working directory. */
    static Path workingRoot(Workspace workspace) {
        String wd = workspace.workingDirectory();
        Mount mount = workspace.mounts().mountFor(wd)
                .orElseThrow(() -> new IllegalStateException("no mount holds the working directory " + wd));
        String rest = wd.substring(mount.path().length());
        return rest.isEmpty() ? mount.root() : mount.root().resolve(rest.substring(1));
    }
}
