package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Recursive copy and delete that never follow a link inside the tree and check for cancellation per entry. */
final class Tree {
    private Tree() {
    }

    /** Whether {@code a} was modified after {@code b} (cp -u and mv -u replace only older files). */
    static boolean newer(Path a, Path b) throws IOException {
        return Files.getLastModifiedTime(a, Fs.NOFOLLOW).compareTo(Files.getLastModifiedTime(b, Fs.NOFOLLOW)) > 0;
    }

    /** Whether {@code inner} is {@code outer} or lies under it. */
    static boolean within(Path inner, Path outer) {
        return inner.normalize().startsWith(outer.normalize());
    }

    /** Copies a file, a link (as a link) or a whole directory to a target that does not exist as a directory. */
    static void copy(CommandContext context, Path from, Path to, boolean preserve, boolean overwrite)
            throws IOException {
        copy(context, from, to, preserve, overwrite, (f, t) -> { });
    }

    /** As {@link #copy(CommandContext, Path, Path, boolean, boolean)}, telling the listener of each entry. */
    static void copy(CommandContext context, Path from, Path to, boolean preserve, boolean overwrite,
                     Listener listener) throws IOException {
        context.checkCancelled();
        listener.copying(from, to);
        BasicFileAttributes a = Files.readAttributes(from, BasicFileAttributes.class, Fs.NOFOLLOW);
        if (a.isSymbolicLink()) {
            Files.deleteIfExists(to);
            Files.createSymbolicLink(to, Files.readSymbolicLink(from));
            return;
        }
        if (a.isDirectory()) {
            if (!Files.isDirectory(to, Fs.NOFOLLOW)) {
                Files.createDirectory(to);
            }
            for (String name : Fs.list(from)) {
                Path target = to.resolve(name);
                if (!overwrite && Files.exists(target, Fs.NOFOLLOW)) {
                    continue;
                }
                copy(context, from.resolve(name), target, preserve, overwrite, listener);
            }
        } else {
            copyFile(from, to);
        }
        if (preserve) {
            Files.setLastModifiedTime(to, a.lastModifiedTime());
        }
    }

    /** Copies one regular file's content atomically over the target. */
    static void copyFile(Path from, Path to) throws IOException {
        Path tmp = to.resolveSibling("." + to.getFileName() + ".cp-tmp");
        for (int n = 1; Files.exists(tmp, Fs.NOFOLLOW); n++) {
            tmp = to.resolveSibling("." + to.getFileName() + ".cp-tmp" + n);
        }
        try {
            Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Deletes a file, a link or a directory tree; returns the first failure's path and reason, or null. */
    static void delete(CommandContext context, Path path, Visitor visitor) throws IOException {
        context.checkCancelled();
        if (Files.isDirectory(path, Fs.NOFOLLOW)) {
            for (String name : Fs.list(path)) {
                delete(context, path.resolve(name), visitor);
            }
        }
        visitor.remove(path);
    }

    /** Hears of each entry a copy is about to create. */
    @FunctionalInterface
    interface Listener {
        void copying(Path from, Path to) throws IOException;
    }

    /** Removes one entry of a tree being deleted (so the caller can report each removal). */
    @FunctionalInterface
    interface Visitor {
        void remove(Path path) throws IOException;
    }
}
