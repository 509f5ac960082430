package dev.harness4j.tools.file;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A doublestar glob over {@code /}-separated relative paths: {@code **} as a whole segment matches zero or more
 * directories, {@code *} any run of characters within a segment, {@code ?} one character, {@code [abc]},
 * {@code [a-z]} and {@code [!abc]} one character of a class, {@code {a,b}} alternatives (nestable), and {@code \}
 * escapes the next character. Dot files are matched like any other file. Matching is case-sensitive.
 */
final class GlobPattern {
    private final String source;
    private final List<String> segments;
    private final Pattern regex;

    private GlobPattern(String source, List<String> segments, Pattern regex) {
        this.source = source;
        this.segments = segments;
        this.regex = regex;
    }

    /**
     * Compiles a relative glob. Empty and {@code .} segments are dropped; a {@code ..} segment, an empty pattern and
     * an unclosed {@code [} or <code>{</code> are refused.
     */
    static GlobPattern compile(String pattern) {
        List<String> segments = new ArrayList<>();
        for (String s : split(pattern)) {
            if (s.equals("..")) {
                throw new ToolFailure("\"..\" is not permitted in the pattern " + pattern
                        + " (use path to search another directory of the workspace)");
            }
            if (!s.isEmpty() && !s.equals(".")) {
                segments.add(s);
            }
        }
        if (segments.isEmpty()) {
            throw new ToolFailure("the pattern " + quoted(pattern) + " matches nothing; try **/*");
        }
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            String seg = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (seg.equals("**")) {
                re.append(last ? ".*" : "(?:.*/)?");
            } else {
                re.append(segmentRegex(seg, pattern));
                if (!last) {
                    re.append('/');
                }
            }
        }
        try {
            return new GlobPattern(pattern, List.copyOf(segments), Pattern.compile(re.toString(), Pattern.DOTALL));
        } catch (PatternSyntaxException e) {
            throw new ToolFailure("invalid pattern " + quoted(pattern) + ": " + e.getDescription());
        }
    }

    /** True when the relative path ({@code /}-separated, no leading slash) matches. */
    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    /** The pattern as given. */
    String source() {
        return source;
    }

    /** The leading segments without any wildcard or escape, always leaving at least one segment to match. */
    List<String> literalPrefix() {
        int n = 0;
        while (n < segments.size() - 1 && isLiteral(segments.get(n))) {
            n++;
        }
        return segments.subList(0, n);
    }

    /** The pattern without its {@link #literalPrefix()}, to match paths relative to the prefix. */
    GlobPattern withoutLiteralPrefix() {
        int n = literalPrefix().size();
        return n == 0 ? this : compile(String.join("/", segments.subList(n, segments.size())));
    }

    private static boolean isLiteral(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if ("*?[]{}\\".indexOf(segment.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Splits on {@code /} outside brackets and braces (so {@code {src,test/java}} stays one segment). */
    private static List<String> split(String pattern) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int braces = 0;
        boolean bracket = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                cur.append(c).append(pattern.charAt(++i));
                continue;
            }
            if (bracket) {
                bracket = c != ']' || cur.charAt(cur.length() - 1) == '[' || endsWith(cur, "[!") || endsWith(cur, "[^");
            } else if (c == '[') {
                bracket = true;
            } else if (c == '{') {
                braces++;
            } else if (c == '}' && braces > 0) {
                braces--;
            } else if (c == '/' && braces == 0) {
                out.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }

    private static boolean endsWith(StringBuilder sb, String suffix) {
        int n = sb.length();
        return n >= suffix.length() && sb.substring(n - suffix.length()).equals(suffix);
    }

    private static String segmentRegex(String seg, String pattern) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 < seg.length()) {
                        re.append(Pattern.quote(String.valueOf(seg.charAt(++i))));
                    } else {
                        re.append("\\\\");
                    }
                }
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                case '[' -> i = bracket(seg, i, re, pattern);
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        re.append(')');
                    } else {
                        re.append("\\}");
                    }
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '/' -> re.append('/');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) {
            throw new ToolFailure("invalid pattern " + quoted(pattern) + ": unclosed {");
        }
        return re.toString();
    }

    /** Appends the character class starting at {@code seg[open]} and returns the index of its closing bracket. */
    private static int bracket(String seg, int open, StringBuilder re, String pattern) {
        int i = open + 1;
        boolean negate = i < seg.length() && (seg.charAt(i) == '!' || seg.charAt(i) == '^');
        if (negate) {
            i++;
        }
        StringBuilder cls = new StringBuilder();
        int first = i;
        while (i < seg.length()) {
            if (seg.charAt(i) == ']' && i > first) {
                re.append("(?!/)[").append(negate ? "^" : "").append(cls).append(']');
                return i;
            }
            if (seg.charAt(i) == '\\' && i + 1 < seg.length()) {
                i++;
            }
            char lo = seg.charAt(i++);
            cls.append(classChar(lo));
            if (i + 1 < seg.length() && seg.charAt(i) == '-' && seg.charAt(i + 1) != ']') {
                i++;
                if (seg.charAt(i) == '\\' && i + 1 < seg.length()) {
                    i++;
                }
                char hi = seg.charAt(i++);
                if (hi < lo) {
                    throw new ToolFailure("invalid pattern " + quoted(pattern) + ": reversed range " + lo + "-" + hi);
                }
                cls.append('-').append(classChar(hi));
            }
        }
        throw new ToolFailure("invalid pattern " + quoted(pattern) + ": unclosed [");
    }

    /** A character for inside a regex class: letters and digits as they are, anything else escaped. */
    private static String classChar(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }
}
