package dev.harness4j.test.gen;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

import java.util.List;

/**
 * Generators of workspace path strings for jail properties: a prefix (none for a relative path, or one of
 * {@link #PREFIXES}), then up to eight slash-separated segments drawn from an alphabet of names mixed with {@code ..},
 * {@code .} and empty segments (which make {@code //}, or a leading {@code /}), sometimes with a trailing slash. An
 * empty string comes out now and then: the jail must refuse it.
 */
public final class PathGenerators {
    /** The default segment names: plain names and names that spell parts of mount paths or their look-alikes. */
    public static final List<String> NAMES = List.of(
            "a", "b", "file.txt", "workspace", "workspace2", "mnt", "session", "outputs", "uploads", "etc",
            "passwd", ".hidden", "a b", "x..y");

    /** Absolute prefixes inside, beside and outside the standard mounts, including {@code /} and {@code //}. */
    public static final List<String> PREFIXES = List.of(
            "/workspace", "/workspace2", "/mnt/session/outputs", "/mnt/session/uploads", "/mnt/session", "/mnt",
            "/etc", "/", "//", "//workspace", "/workspace/", "/mnt/session/uploads/..");

    private static final int MAX_SEGMENTS = 8;

    private PathGenerators() {
    }

    /** Paths over the default names, relative or under the default prefixes. */
    public static Gen<String> paths() {
        return paths(NAMES);
    }

    /** Paths whose plain segments come from {@code names} (for example the names of links seeded in a tree). */
    public static Gen<String> paths(List<String> names) {
        Gen<String> prefix = Generate.frequency(List.of(
                Pair.of(4, Generate.constant("")),
                Pair.of(2, Generate.pick(List.of("/workspace", "/mnt/session/outputs"))),
                Pair.of(5, Generate.pick(PREFIXES))));
        return prefix.zip(segments(names), SourceDSL.booleans().all(), PathGenerators::join);
    }

    /** Paths that start with {@code prefix} (absolute, or relative to the working directory), then segments. */
    public static Gen<String> pathsUnder(String prefix, List<String> names) {
        return segments(names).zip(SourceDSL.booleans().all(), (s, trailing) -> join(prefix, s, trailing));
    }

    /** One segment: a name from {@code names}, or {@code ..}, {@code .} or empty. */
    public static Gen<String> segment(List<String> names) {
        return Generate.frequency(List.of(
                Pair.of(7, Generate.pick(names)),
                Pair.of(2, Generate.constant("..")),
                Pair.of(1, Generate.constant(".")),
                Pair.of(1, Generate.constant(""))));
    }

    private static Gen<List<String>> segments(List<String> names) {
        return SourceDSL.lists().of(segment(names)).ofSizeBetween(0, MAX_SEGMENTS);
    }

    private static String join(String prefix, List<String> segments, boolean trailingSlash) {
        StringBuilder out = new StringBuilder(prefix);
        if (!segments.isEmpty()) {
            if (!prefix.isEmpty() && !prefix.endsWith("/")) {
                out.append('/');
            }
            out.append(String.join("/", segments));
        }
        if (trailingSlash) {
            out.append('/');
        }
        return out.toString();
    }
}
