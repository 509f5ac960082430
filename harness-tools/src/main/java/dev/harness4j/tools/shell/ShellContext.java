package dev.harness4j.tools.shell;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.PathOutsideWorkspaceException;
import dev.harness4j.workspace.ReadOnlyPathException;
import dev.harness4j.workspace.WorkspaceException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The {@link CommandContext} a utility sees: streams, cwd, environment and the workspace jail of its shell. */
final class ShellContext implements CommandContext {
    private final Interp interp;
    private final Io io;
    private final Map<String, String> environment;

    ShellContext(Interp interp, Io io, Map<String, String> environment) {
        this.interp = interp;
        this.io = io;
        this.environment = Collections.unmodifiableMap(environment);
    }

    @Override
    public InputStream stdin() {
        return io.in();
    }

    @Override
    public OutputStream stdout() {
        return io.out();
    }

    @Override
    public OutputStream stderr() {
        return io.err();
    }

    @Override
    public String cwd() {
        return interp.state().cwd;
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public Path resolve(String path, Intent intent) throws ShellPathException {
        return resolvePath(interp, path, intent);
    }

    /** Resolves a path against the shell's cwd through the workspace jail. */
    static Path resolvePath(Interp interp, String path, Intent intent) throws ShellPathException {
        if (path == null || path.isEmpty()) {
            throw new ShellPathException("No such file or directory");
        }
        String cwd = interp.state().cwd;
        String logical = path.startsWith("/") ? path : (cwd.endsWith("/") ? cwd : cwd + "/") + path;
        try {
            return interp.rt.workspace.resolve(logical, intent).real();
        } catch (PathOutsideWorkspaceException e) {
            throw new ShellPathException("No such file or directory");
        } catch (ReadOnlyPathException e) {
            throw new ShellPathException("Read-only file system");
        } catch (InvalidRequestException e) {
            throw new ShellPathException(path.indexOf('\0') >= 0 ? "Invalid argument" : "File name too long");
        } catch (WorkspaceException e) {
            throw new ShellPathException("Too many levels of symbolic links");
        }
    }

    /** The logical absolute form of {@code path} relative to {@code cwd}, with . and .. applied lexically. */
    static String absolute(String cwd, String path) {
        String joined = path.startsWith("/") ? path : cwd + "/" + path;
        List<String> parts = new ArrayList<>();
        for (String p : joined.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(p);
            }
        }
        return "/" + String.join("/", parts);
    }

    @Override
    public String logical(Path real) {
        return interp.rt.workspace.toLogical(real);
    }

    @Override
    public Clock clock() {
        return interp.rt.clock;
    }

    @Override
    public ShellLimits limits() {
        return interp.rt.limits;
    }

    @Override
    public void checkCancelled() {
        interp.budget().check();
    }

    @Override
    public int execute(List<String> argv, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        if (argv.isEmpty()) {
            return 0;
        }
        interp.budget().countCommand();
        return interp.simple().invoke(argv, new Io(stdin, stdout, stderr), Map.of());
    }

    @Override
    public int execute(List<String> argv, Map<String, String> environment, InputStream stdin, OutputStream stdout,
                       OutputStream stderr) {
        if (argv.isEmpty()) {
            return 0;
        }
        interp.budget().countCommand();
        return interp.simple().invoke(argv, new Io(stdin, stdout, stderr), environment, true);
    }
}
