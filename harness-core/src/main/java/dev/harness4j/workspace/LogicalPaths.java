package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Helpers for logical paths: slash-separated strings in the workspace's own namespace. */
final class LogicalPaths {
    /** Longest input path accepted, in characters (POSIX PATH_MAX). */
    static final int MAX_INPUT_LENGTH = 4096;

    private LogicalPaths() {
    }

    /** Refuses null, empty, over-long and NUL-bearing input. */
    static void requireUsable(String input) {
        if (input == null || input.isEmpty()) {
            throw new InvalidRequestException("path must not be empty");
        }
        if (input.length() > MAX_INPUT_LENGTH) {
            throw new InvalidRequestException("path is longer than " + MAX_INPUT_LENGTH + " characters");
        }
        if (input.indexOf('\0') >= 0) {
            throw new InvalidRequestException("path contains a NUL character");
        }
    }

    /** The raw segments between slashes, keeping empty, {@code .} and {@code ..} segments. */
    static List<String> rawSegments(String path) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                out.add(path.substring(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    /** Whether {@code path} is absolute and normalized: no empty, {@code .} or {@code ..} segment, no trailing slash. */
    static boolean isNormalizedAbsolute(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0) {
            return false;
        }
        if (path.equals("/")) {
            return true;
        }
        for (String s : rawSegments(path.substring(1))) {
            if (s.isEmpty() || s.equals(".") || s.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The segments of a normalized absolute path ({@code "/"} has none). */
    static List<String> segments(String normalizedAbsolute) {
        return normalizedAbsolute.equals("/") ? List.of() : List.copyOf(rawSegments(normalizedAbsolute.substring(1)));
    }

    /** Joins segments into an absolute logical path. */
    static String join(List<String> segments) {
        return segments.isEmpty() ? "/" : "/" + String.join("/", segments);
    }

    /** The name elements of a file-system path, as strings. */
    static List<String> names(Path path) {
        List<String> out = new ArrayList<>(path.getNameCount());
        for (Path name : path) {
            out.add(name.toString());
        }
        return out;
    }
}
