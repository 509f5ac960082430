package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The jail's algorithm, shared by every kind of workspace. It walks the input one segment at a time in the logical
 * namespace, asks the backing file system at every step inside a mount whether the path so far is a symbolic link,
 * and splices the link's target into the rest of the input (the leaf and dangling links included); {@code ..} then
 * applies to the link's resolved location, as in POSIX. Segments outside every mount are virtual directories with no
 * links. Only the final canonical location is checked for containment and access; the caller operates on it.
 */
final class PathResolver {
    /** Most symbolic links followed while resolving one path (Linux's MAXSYMLINKS). */
    static final int MAX_LINKS = 40;

    /** What the resolver needs from the backing file system. */
    interface Backing {
        /** The target of {@code real} if it is a symbolic link (dangling or not); empty otherwise. */
        Optional<Path> readLink(Path real) throws IOException;

        /** The logical segments an absolute link target names; empty when it lies outside every mount. */
        Optional<List<String>> logicalSegmentsOfAbsoluteTarget(Path target);
    }

    private final MountTable table;
    private final List<String> workingDirectory;
    private final Backing backing;

    PathResolver(MountTable table, String workingDirectory, Backing backing) {
        this.table = table;
        this.workingDirectory = LogicalPaths.segments(workingDirectory);
        this.backing = backing;
    }

    /** Resolves {@code input} (relative to the working directory, or logical absolute) for {@code intent}. */
    WorkspacePath resolve(String input, Intent intent) {
        LogicalPaths.requireUsable(input);
        if (intent == null) {
            throw new InvalidRequestException("intent must not be null");
        }
        Deque<String> pending = new ArrayDeque<>(LogicalPaths.rawSegments(input));
        Deque<Step> walked = new ArrayDeque<>();
        if (!input.startsWith("/")) {
            for (String segment : workingDirectory) {
                push(walked, segment, input);
            }
        }
        int links = 0;
        while (!pending.isEmpty()) {
            String segment = pending.removeFirst();
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                walked.pollLast();
                continue;
            }
            Step step = push(walked, segment, input);
            if (step.mount() == null) {
                continue;
            }
            Optional<Path> target = readLink(step.real(), input);
            if (target.isEmpty()) {
                continue;
            }
            if (++links > MAX_LINKS) {
                throw new WorkspaceException("too many levels of symbolic links: " + input);
            }
            walked.removeLast();
            if (target.get().toString().length() > LogicalPaths.MAX_INPUT_LENGTH) {
                throw new WorkspaceException("symbolic link target too long while resolving " + input);
            }
            List<String> targetSegments;
            if (target.get().isAbsolute()) {
                targetSegments = backing.logicalSegmentsOfAbsoluteTarget(target.get())
                        .orElseThrow(() -> new PathOutsideWorkspaceException(input));
                walked.clear();
            } else {
                targetSegments = LogicalPaths.names(target.get());
            }
            for (int i = targetSegments.size() - 1; i >= 0; i--) {
                pending.addFirst(targetSegments.get(i));
            }
        }
        Step last = walked.peekLast();
        if (last == null || last.mount() == null) {
            throw new PathOutsideWorkspaceException(input);
        }
        List<String> segments = new ArrayList<>(walked.size());
        for (Step s : walked) {
            segments.add(s.name());
        }
        String logical = LogicalPaths.join(segments);
        if (intent == Intent.WRITE && last.mount().access() != Access.READ_WRITE) {
            throw new ReadOnlyPathException(logical, last.mount().path());
        }
        return new WorkspacePath(logical, last.real(), last.mount());
    }

    private Step push(Deque<Step> walked, String segment, String input) {
        Step previous = walked.peekLast();
        int length = (previous == null ? 0 : previous.length()) + 1 + segment.length();
        if (length > LogicalPaths.MAX_INPUT_LENGTH) {
            throw new WorkspaceException("path too long after following symbolic links: " + input);
        }
        Mount mount;
        if (walked.size() < table.maxDepth()) {
            List<String> segments = new ArrayList<>(walked.size() + 1);
            for (Step s : walked) {
                segments.add(s.name());
            }
            segments.add(segment);
            mount = table.mountFor(segments).orElse(null);
        } else {
            // Deeper than any mount path: the longest matching mount is the parent's.
            mount = previous == null ? null : previous.mount();
        }
        Path real = null;
        if (mount != null) {
            try {
                real = previous != null && previous.mount() == mount
                        ? previous.real().resolve(segment)
                        : mount.root();
            } catch (InvalidPathException e) {
                throw new InvalidRequestException("invalid path: " + input);
            }
        }
        Step step = new Step(segment, length, mount, real);
        walked.addLast(step);
        return step;
    }

    private Optional<Path> readLink(Path real, String input) {
        try {
            return backing.readLink(real);
        } catch (IOException e) {
            throw new WorkspaceException("cannot resolve path " + input + ": " + IoMessages.describe(e), e);
        }
    }

    /**
     * One walked segment: its name, the logical length of the path so far, the mount it lies in (or null) and its
     * backing path (or null).
     */
    private record Step(String name, int length, Mount mount, Path real) {
    }
}
