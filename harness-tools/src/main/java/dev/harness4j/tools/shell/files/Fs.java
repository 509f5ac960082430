package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.tools.shell.ShellPathException;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Path helpers: resolving through the jail with or without following the last link, errno texts, listings. */
final class Fs {
    static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private Fs() {
    }

    /** A path refused or unusable, carrying the errno-style reason. */
    static final class PathError extends Exception {
        private static final long serialVersionUID = 1L;

        PathError(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The backing path, every link followed. */
    static Path follow(CommandContext context, String operand, Intent intent) throws PathError {
        Path path;
        try {
            path = context.resolve(operand, intent);
        } catch (ShellPathException e) {
            throw new PathError(e.getMessage());
        }
        if (operand.length() > 1 && operand.endsWith("/") && Files.exists(path) && !Files.isDirectory(path)) {
            throw new PathError("Not a directory");
        }
        return path;
    }

    /**
     * The backing path of the operand itself: its parent resolved through the jail and the last name appended, so
     * that a link at the leaf is the object operated on (rm, ls -l, find -type l).
     */
    static Path noFollow(CommandContext context, String operand, Intent intent) throws PathError {
        String trimmed = operand;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        int slash = trimmed.lastIndexOf('/');
        String leaf = trimmed.substring(slash + 1);
        if (trimmed.endsWith("/") || leaf.equals(".") || leaf.equals("..") || leaf.isEmpty()
                || !trimmed.equals(operand)) {
            return follow(context, operand, intent);
        }
        String parent = slash < 0 ? "." : slash == 0 ? "/" : trimmed.substring(0, slash);
        Path dir;
        try {
            dir = follow(context, parent, intent);
        } catch (PathError e) {
            // a mount root (/mnt/session/uploads) has a parent outside every mount; it is no link either
            return follow(context, operand, intent);
        }
        return dir.resolve(leaf);
    }

    /**
     * The jailed target of a link found inside a tree (its logical path resolved through the jail again), or null
     * when it dangles or leads out of the workspace.
     */
    static Path followLink(CommandContext context, Path link) {
        try {
            Path target = context.resolve(context.logical(link), Intent.READ);
            return Files.exists(target) ? target : null;
        } catch (dev.harness4j.tools.shell.ShellPathException | RuntimeException e) {
            return null;
        }
    }

    /** Whether the backing path is the root of a mount (its parent lies outside the workspace). */
    static boolean isMountRoot(CommandContext context, Path path) {
        try {
            String logical = context.logical(path);
            if (logical.equals("/")) {
                return true;
            }
            context.resolve(PathNames.dir(logical), Intent.READ);
            return false;
        } catch (dev.harness4j.tools.shell.ShellPathException | RuntimeException e) {
            return true;
        }
    }

    /** Throws unless the entry may be changed: its directory resolves for writing through the jail. */
    static void checkWritable(CommandContext context, Path path) throws PathError {
        Path dir = path.getParent() == null ? path : path.getParent();
        String logical;
        try {
            logical = context.logical(dir);
        } catch (RuntimeException e) {
            throw new PathError("Permission denied");
        }
        follow(context, logical, Intent.WRITE);
    }

    /** The attributes, or null when nothing is there. */
    static BasicFileAttributes attrs(Path path, boolean followLinks) {
        try {
            return followLinks ? Files.readAttributes(path, BasicFileAttributes.class)
                    : Files.readAttributes(path, BasicFileAttributes.class, NOFOLLOW);
        } catch (IOException e) {
            return null;
        }
    }

    /** The names in a directory, sorted bytewise as the C locale does. */
    static List<String> list(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        names.sort(Fs::compareBytes);
        return names;
    }

    /** Bytewise comparison of the UTF-8 encodings (the C locale's collation). */
    static int compareBytes(String a, String b) {
        byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    }

    /** The errno text for a failure: "No such file or directory", "File exists"… */
    static String errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        } else if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "Directory not empty";
        } else if (e instanceof NotDirectoryException) {
            return "Not a directory";
        } else if (e instanceof AccessDeniedException) {
            return "Permission denied";
        } else if (e instanceof FileSystemLoopException) {
            return "Too many levels of symbolic links";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason().toLowerCase(java.util.Locale.ROOT);
            if (r.contains("read-only")) {
                return "Read-only file system";
            } else if (r.contains("not empty")) {
                return "Directory not empty";
            } else if (r.contains("not a directory")) {
                return "Not a directory";
            } else if (r.contains("is a directory")) {
                return "Is a directory";
            }
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** {@code dir/name} as GNU tools join a display path ({@code /} + name, {@code a/} + name stays single). */
    static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** The size ext4 reports: 4096 for a directory, the target's length for a link, the content's otherwise. */
    static long size(Path path, BasicFileAttributes a) {
        if (a.isDirectory()) {
            return 4096;
        }
        if (a.isSymbolicLink()) {
            try {
                return Files.readSymbolicLink(path).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        .length;
            } catch (IOException e) {
                return 0;
            }
        }
        return a.size();
    }

    /** The GNU mode string for a file type: directories 755, files 644, links 777 (the workspace has no modes). */
    static int mode(BasicFileAttributes a) {
        if (a.isSymbolicLink()) {
            return 0777;
        }
        return a.isDirectory() ? 0755 : 0644;
    }

    /** {@code drwxr-xr-x}, {@code -rw-r--r--}, {@code lrwxrwxrwx}. */
    static String modeString(BasicFileAttributes a) {
        int m = mode(a);
        StringBuilder b = new StringBuilder();
        b.append(a.isSymbolicLink() ? 'l' : a.isDirectory() ? 'd' : '-');
        String rwx = "rwx";
        for (int i = 8; i >= 0; i--) {
            b.append((m & (1 << i)) != 0 ? rwx.charAt((8 - i) % 3) : '-');
        }
        return b.toString();
    }
}
