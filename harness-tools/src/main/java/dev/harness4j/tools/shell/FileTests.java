package dev.harness4j.tools.shell;

import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;

/** The operators shared by {@code test}, {@code [} and {@code [[ ]]}. */
final class FileTests {
    static final Set<String> UNARY = Set.of("-e", "-f", "-d", "-s", "-r", "-w", "-x", "-L", "-h", "-z", "-n", "-a",
            "-b", "-c", "-p", "-S", "-t", "-g", "-u", "-k", "-O", "-G", "-N", "-v");
    static final Set<String> BINARY = Set.of("=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge",
            "-nt", "-ot", "-ef", "=~");

    /** A malformed test: the message is bash's text after the command name. */
    static final class TestError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TestError(String message) {
            super(message, null, false, false);
        }
    }

    private FileTests() {
    }

    static boolean unary(Interp interp, String op, String arg) {
        switch (op) {
            case "-z": return arg.isEmpty();
            case "-n": return !arg.isEmpty();
            case "-t": return false;
            case "-v": {
                int b = arg.indexOf('[');
                if (b > 0 && arg.endsWith("]")) {
                    return interp.element(arg.substring(0, b), arg.substring(b + 1, arg.length() - 1)) != null;
                }
                return interp.special(arg) != null;
            }
            default: break;
        }
        if (arg.isEmpty()) {
            return false;
        }
        Path p;
        try {
            p = ShellContext.resolvePath(interp, arg, Intent.READ);
        } catch (ShellPathException e) {
            return false;
        }
        switch (op) {
            case "-e", "-a": return Files.exists(p);
            case "-f": return Files.isRegularFile(p);
            case "-d": return Files.isDirectory(p);
            case "-s":
                try {
                    return Files.exists(p) && (Files.isDirectory(p) || Files.size(p) > 0);
                } catch (IOException e) {
                    return false;
                }
            case "-r": return Files.exists(p);
            case "-w":
                if (!Files.exists(p)) {
                    return false;
                }
                try {
                    ShellContext.resolvePath(interp, arg, Intent.WRITE);
                    return true;
                } catch (ShellPathException e) {
                    return false;
                }
            case "-x": return Files.isDirectory(p) || (Files.exists(p) && Files.isExecutable(p));
            case "-L", "-h": return isLink(interp, arg);
            case "-O", "-G": return Files.exists(p);
            default: return false;
        }
    }

    private static boolean isLink(Interp interp, String arg) {
        String cwd = interp.state().cwd;
        String abs = arg.startsWith("/") ? arg : cwd + "/" + arg;
        int slash = abs.lastIndexOf('/');
        String parent = slash <= 0 ? "/" : abs.substring(0, slash);
        try {
            Path dir = ShellContext.resolvePath(interp, parent, Intent.READ);
            return Files.isSymbolicLink(dir.resolve(abs.substring(slash + 1)));
        } catch (ShellPathException e) {
            return false;
        }
    }

    static boolean binary(Interp interp, String op, String a, String b) {
        switch (op) {
            case "=", "==": return a.equals(b);
            case "!=": return !a.equals(b);
            case "<": return a.compareTo(b) < 0;
            case ">": return a.compareTo(b) > 0;
            case "-nt", "-ot", "-ef": return fileCompare(interp, op, a, b);
            default: break;
        }
        long x = integer(a);
        long y = integer(b);
        switch (op) {
            case "-eq": return x == y;
            case "-ne": return x != y;
            case "-lt": return x < y;
            case "-le": return x <= y;
            case "-gt": return x > y;
            case "-ge": return x >= y;
            default: throw new TestError(op + ": binary operator expected");
        }
    }

    static long integer(String s) {
        String t = s.trim();
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw new TestError(s + ": integer expression expected");
        }
    }

    private static boolean fileCompare(Interp interp, String op, String a, String b) {
        try {
            Path pa = ShellContext.resolvePath(interp, a, Intent.READ);
            Path pb = ShellContext.resolvePath(interp, b, Intent.READ);
            boolean ea = Files.exists(pa);
            boolean eb = Files.exists(pb);
            if (op.equals("-ef")) {
                return ea && eb && pa.equals(pb);
            }
            if (!ea || !eb) {
                return op.equals("-nt") ? ea && !eb : !ea && eb;
            }
            int c = Files.getLastModifiedTime(pa, LinkOption.NOFOLLOW_LINKS)
                    .compareTo(Files.getLastModifiedTime(pb, LinkOption.NOFOLLOW_LINKS));
            return op.equals("-nt") ? c > 0 : c < 0;
        } catch (ShellPathException | IOException e) {
            return false;
        }
    }
}
