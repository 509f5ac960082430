package dev.harness4j.tools.shell;

import dev.harness4j.workspace.Intent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Opens redirections ({@code > >> < << <<< 2>&1 &> n>file}) over the workspace; {@code /dev/null} is special. */
final class Redirections {
    private Redirections() {
    }

    /** The descriptors after applying {@code redirects} to {@code io}, or null after printing an error. */
    static Io apply(Interp interp, List<Node.Redirect> redirects, Io io, List<AutoCloseable> opened) {
        Io cur = io;
        for (Node.Redirect r : redirects) {
            String op = r.op();
            int fd = r.fd();
            if (op.equals("<<")) {
                String body = interp.expander().string(r.heredoc().body());
                cur = cur.with(fd, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
                continue;
            }
            String target = interp.expander().string(r.target());
            if (op.equals("<<<")) {
                byte[] bytes = (target + "\n").getBytes(StandardCharsets.UTF_8);
                cur = cur.with(fd, new ByteArrayInputStream(bytes));
                continue;
            }
            if ((op.equals(">&") || op.equals("<&")) && (target.matches("\\d+") || target.equals("-"))) {
                if (target.equals("-")) {
                    cur = cur.with(fd, null);
                } else {
                    int from = Integer.parseInt(target);
                    if (!cur.has(from)) {
                        interp.error(io, "bash: " + from + ": Bad file descriptor");
                        return null;
                    }
                    cur = cur.with(fd, cur.get(from));
                }
                continue;
            }
            try {
                if (op.equals("<") || op.equals("<>")) {
                    cur = cur.with(fd, open(interp, target, cur, opened));
                } else {
                    boolean append = op.endsWith(">>");
                    OutputStream out = create(interp, target, append, cur, opened);
                    if (op.startsWith("&") || (op.equals(">&") && r.fd() == 1)) {
                        cur = cur.with(1, out).with(2, out);
                    } else {
                        cur = cur.with(fd, out);
                    }
                }
            } catch (ShellPathException e) {
                interp.error(io, "bash: " + target + ": " + e.getMessage());
                return null;
            }
        }
        return cur;
    }

    private static InputStream open(Interp interp, String target, Io io, List<AutoCloseable> opened)
            throws ShellPathException {
        switch (target) {
            case "/dev/null":
                return InputStream.nullInputStream();
            case "/dev/stdin":
                return io.in();
            default:
                byte[] proc = interp.budget().processOutputs.get(target);
                if (proc != null) {
                    return new ByteArrayInputStream(proc);
                }
                break;
        }
        Path p = ShellContext.resolvePath(interp, target, Intent.READ);
        if (Files.isDirectory(p)) {
            throw new ShellPathException("Is a directory");
        }
        try {
            InputStream in = Files.newInputStream(p);
            opened.add(in);
            return in;
        } catch (IOException e) {
            throw new ShellPathException(reason(e));
        }
    }

    private static OutputStream create(Interp interp, String target, boolean append, Io io,
                                       List<AutoCloseable> opened) throws ShellPathException {
        switch (target) {
            case "/dev/null":
                return OutputStream.nullOutputStream();
            case "/dev/stdout":
                return io.out();
            case "/dev/stderr":
                return io.err();
            default:
                break;
        }
        Path p = ShellContext.resolvePath(interp, target, Intent.WRITE);
        if (Files.isDirectory(p)) {
            throw new ShellPathException("Is a directory");
        }
        try {
            OutputStream raw = append
                    ? Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            OutputStream out = new LimitedOutput(raw, interp.budget(), true);
            opened.add(out);
            return out;
        } catch (IOException e) {
            throw new ShellPathException(reason(e));
        }
    }

    /** The errno text for an I/O failure. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            if (r.toLowerCase(java.util.Locale.ROOT).contains("not a directory")) {
                return "Not a directory";
            }
            if (r.toLowerCase(java.util.Locale.ROOT).contains("directory")) {
                return "Is a directory";
            }
            return r;
        }
        String m = e.getMessage();
        if (m != null && (m.contains("size") || m.contains("space"))) {
            return "No space left on device";
        }
        return m == null ? "Input/output error" : m;
    }

    /** Closes everything a redirection opened, ignoring failures. */
    static void closeAll(List<AutoCloseable> opened) {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                // already reported or irrelevant once the command is done
            }
        }
        opened.clear();
    }
}
