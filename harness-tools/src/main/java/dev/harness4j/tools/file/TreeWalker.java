package dev.harness4j.tools.file;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded, deterministic, depth-first walk of a real directory for {@code glob} and {@code grep}. Children are
 * visited in name order; {@code .git} and {@code node_modules} are not entered; symbolic links are never followed
 * (they are handed to the visitor as links); at most {@code maxEntries} entries are looked at; the walk stops as soon
 * as {@code cancelled} says so.
 */
final class TreeWalker {
    /** The walk cap of the reference toolset: 50,000 entries. */
    static final int MAX_ENTRIES = 50_000;

    private static final Logger LOG = LoggerFactory.getLogger(TreeWalker.class);
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules");

    /** Receives every non-directory entry; returns false to stop the walk. */
    interface Visitor {
        /** Visits {@code real} at {@code relative} ({@code /}-separated, below the root); attrs do not follow links. */
        boolean visit(Path real, String relative, BasicFileAttributes attrs) throws IOException;
    }

    /** How a walk ended. */
    enum Outcome { COMPLETE, STOPPED_BY_VISITOR, ENTRY_CAP_REACHED, CANCELLED }

    private final int maxEntries;
    private final BooleanSupplier cancelled;

    TreeWalker(int maxEntries, BooleanSupplier cancelled) {
        this.maxEntries = maxEntries;
        this.cancelled = cancelled;
    }

    /** Walks the directory {@code root} (a real path). */
    Outcome walk(Path root, Visitor visitor) throws IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame("", children(root, maxEntries + 1)));
        int entries = 0;
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (!frame.children.hasNext()) {
                stack.pop();
                continue;
            }
            if (cancelled.getAsBoolean()) {
                return Outcome.CANCELLED;
            }
            if (++entries > maxEntries) {
                return Outcome.ENTRY_CAP_REACHED;
            }
            Path child = frame.children.next();
            String name = child.getFileName().toString();
            String relative = frame.relative.isEmpty() ? name : frame.relative + "/" + name;
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                LOG.debug("skipping unreadable entry {}", relative, e);
                continue;
            }
            if (attrs.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.contains(name)) {
                    stack.push(new Frame(relative, children(child, maxEntries - entries + 1)));
                }
            } else if (!visitor.visit(child, relative, attrs)) {
                return Outcome.STOPPED_BY_VISITOR;
            }
        }
        return Outcome.COMPLETE;
    }

    /** The entries of {@code dir} in name order; at most {@code limit} are read, since the walk stops after them. */
    private static Iterator<Path> children(Path dir, int limit) {
        List<Path> list = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Iterator<Path> it = stream.iterator(); it.hasNext() && list.size() < limit; ) {
                list.add(it.next());
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.debug("skipping unreadable directory {}", dir.getFileName(), e);
        }
        list.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return list.iterator();
    }

    private record Frame(String relative, Iterator<Path> children) {
    }
}
