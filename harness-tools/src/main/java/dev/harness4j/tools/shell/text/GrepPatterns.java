package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.CommandContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The patterns of one grep run, compiled once, with -w / -x / -i / -F applied. */
final class GrepPatterns {
    /** The regex dialect of the patterns. */
    enum Dialect { BASIC, EXTENDED, FIXED, PERL }

    private final List<Pattern> patterns = new ArrayList<>();
    private final CommandContext context;

    private GrepPatterns(CommandContext context) {
        this.context = context;
    }

    /** Compiles each pattern (already split at newlines). */
    static GrepPatterns compile(List<String> sources, Dialect dialect, boolean ignoreCase, boolean word,
                                boolean line, CommandContext context) throws PosixRegex.RegexException {
        GrepPatterns result = new GrepPatterns(context);
        for (String source : sources) {
            String java = switch (dialect) {
                case FIXED -> Pattern.quote(source);
                case PERL -> source;
                case BASIC -> PosixRegex.translate(source, false, false);
                case EXTENDED -> PosixRegex.translate(source, true, false);
            };
            if (line) {
                java = "^(?:" + java + ")\\z";
            } else if (word) {
                java = "(?<![\\w])(?:" + java + ")(?![\\w])";
            }
            try {
                result.patterns.add(Pattern.compile(java, (ignoreCase ? Pattern.CASE_INSENSITIVE : 0)
                        | (dialect == Dialect.PERL ? 0 : Pattern.DOTALL)));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new PosixRegex.RegexException(e.getDescription());
            }
        }
        return result;
    }

    /** Whether any pattern matches somewhere in the line. */
    boolean find(String line) {
        CharSequence text = PosixRegex.guarded(line, context);
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The non-empty matches in the line, left to right, the longest among patterns matching at the same start. */
    List<int[]> all(String line) {
        CharSequence text = PosixRegex.guarded(line, context);
        List<Matcher> matchers = new ArrayList<>();
        for (Pattern p : patterns) {
            matchers.add(p.matcher(text));
        }
        List<int[]> found = new ArrayList<>();
        int from = 0;
        while (from <= line.length()) {
            int bestStart = -1;
            int bestEnd = -1;
            for (Matcher m : matchers) {
                if (PosixRegex.find(m, from, line.length()) && (bestStart < 0 || m.start() < bestStart
                        || (m.start() == bestStart && m.end() > bestEnd))) {
                    bestStart = m.start();
                    bestEnd = m.end();
                }
            }
            if (bestStart < 0) {
                break;
            }
            if (bestEnd == bestStart) {
                from = bestStart + 1;
                continue;
            }
            found.add(new int[] {bestStart, bestEnd});
            from = bestEnd;
        }
        return found;
    }
}
