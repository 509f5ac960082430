package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The immutable mount table of a workspace. Lookup is by longest prefix on whole path segments: {@code /workspace2}
 * is not under {@code /workspace}. Mounts form a consistent overlay: one mount lies below another logically exactly
 * when its root lies below the other's root by the same relative path, so a backing location has a single logical
 * name and a read-only mount cannot be reached through a writable one.
 */
public final class MountTable {
    private final List<Mount> mounts;
    private final List<Entry> deepestFirst;
    private final List<Mount> deepestRootFirst;
    private final int maxDepth;

    private MountTable(List<Mount> mounts) {
        this.mounts = List.copyOf(mounts);
        List<Entry> byPath = new ArrayList<>();
        for (Mount m : this.mounts) {
            byPath.add(new Entry(m, m.segments()));
        }
        byPath.sort(Comparator.comparingInt((Entry e) -> e.segments().size()).reversed());
        this.deepestFirst = List.copyOf(byPath);
        this.maxDepth = byPath.get(0).segments().size();
        List<Mount> byRoot = new ArrayList<>(this.mounts);
        byRoot.sort(Comparator.comparingInt((Mount m) -> m.root().getNameCount()).reversed());
        this.deepestRootFirst = List.copyOf(byRoot);
    }

    /** Builds a table; refuses an empty list, null entries, duplicate paths and overlapping roots that disagree. */
    public static MountTable of(List<Mount> mounts) {
        if (mounts == null || mounts.isEmpty()) {
            throw new InvalidRequestException("a mount table needs at least one mount");
        }
        Set<String> paths = new HashSet<>();
        for (Mount m : mounts) {
            if (m == null) {
                throw new InvalidRequestException("a mount table must not contain null");
            }
            if (!paths.add(m.path())) {
                throw new InvalidRequestException("duplicate mount path: " + m.path());
            }
        }
        for (Mount a : mounts) {
            for (Mount b : mounts) {
                if (a != b) {
                    checkConsistent(a, b);
                }
            }
        }
        return new MountTable(mounts);
    }

    /** The mounts in the order given. */
    public List<Mount> mounts() {
        return mounts;
    }

    /** The mount a normalized absolute logical path lies in, by longest whole-segment prefix. */
    public Optional<Mount> mountFor(String logicalAbsolutePath) {
        if (!LogicalPaths.isNormalizedAbsolute(logicalAbsolutePath)) {
            throw new InvalidRequestException("not a normalized absolute logical path: " + logicalAbsolutePath);
        }
        return mountFor(LogicalPaths.segments(logicalAbsolutePath));
    }

    /** The number of segments of the deepest mount path. */
    int maxDepth() {
        return maxDepth;
    }

    /** The mount the path made of these normalized segments lies in. */
    Optional<Mount> mountFor(List<String> segments) {
        for (Entry e : deepestFirst) {
            if (isPrefix(e.segments(), segments)) {
                return Optional.of(e.mount());
            }
        }
        return Optional.empty();
    }

    /**
     * The mount whose root is the longest name-element prefix of {@code real} (no normalization: a path that reaches
     * a root only through {@code ..} does not match).
     */
    Optional<Mount> mountForReal(Path real) {
        for (Mount m : deepestRootFirst) {
            if (sameFileSystem(m.root(), real) && real.startsWith(m.root())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The logical segments naming a backing path, or empty when it lies under no mount root. */
    Optional<List<String>> logicalSegmentsOf(Path real) {
        return mountForReal(real).map(m -> {
            List<String> out = new ArrayList<>(m.segments());
            for (int i = m.root().getNameCount(); i < real.getNameCount(); i++) {
                out.add(real.getName(i).toString());
            }
            return out;
        });
    }

    private static void checkConsistent(Mount a, Mount b) {
        List<String> as = a.segments();
        List<String> bs = b.segments();
        boolean logicalBelow = isPrefix(as, bs);
        boolean rootBelow = sameFileSystem(a.root(), b.root()) && b.root().startsWith(a.root());
        if (!logicalBelow && !rootBelow) {
            return;
        }
        boolean agree = logicalBelow && rootBelow
                && LogicalPaths.names(a.root().relativize(b.root())).equals(relativeNames(as, bs));
        if (!agree) {
            throw new InvalidRequestException("mounts " + a.path() + " and " + b.path()
                    + " overlap inconsistently: a mount below another must be backed by the same relative directory");
        }
    }

    private static List<String> relativeNames(List<String> prefix, List<String> full) {
        return full.subList(prefix.size(), full.size());
    }

    private static boolean sameFileSystem(Path a, Path b) {
        return a.getFileSystem().equals(b.getFileSystem());
    }

    private static boolean isPrefix(List<String> prefix, List<String> segments) {
        if (prefix.size() > segments.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!prefix.get(i).equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    private record Entry(Mount mount, List<String> segments) {
    }

    /** The mounts, for diagnostics (roots included: not for messages a model sees). */
    @Override
    public String toString() {
        return "MountTable" + mounts;
    }
}
