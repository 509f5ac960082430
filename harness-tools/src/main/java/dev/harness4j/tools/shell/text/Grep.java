package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GNU grep: BRE/ERE/fixed/Perl-ish (Java) patterns, -r/-R walks in sorted name order (GNU uses directory order),
 * context lines with {@code --} separators, -c/-l/-L/-q/-o/-m, binary files reported on stderr as grep 3.8 does.
 */
final class Grep implements Command {
    private static final Map<String, Getopt.Arg> LONGS = new HashMap<>();

    static {
        for (String n : List.of("extended-regexp", "fixed-strings", "basic-regexp", "perl-regexp", "ignore-case",
                "no-ignore-case", "word-regexp", "line-regexp", "count", "files-with-matches",
                "files-without-match", "only-matching", "quiet", "silent", "no-messages", "invert-match",
                "line-number", "with-filename", "no-filename", "recursive", "dereference-recursive", "text",
                "line-buffered", "initial-tab", "help", "version")) {
            LONGS.put(n, Getopt.Arg.NONE);
        }
        for (String n : List.of("regexp", "file", "max-count", "after-context", "before-context", "context",
                "include", "exclude", "exclude-dir", "label", "binary-files")) {
            LONGS.put(n, Getopt.Arg.REQUIRED);
        }
        LONGS.put("color", Getopt.Arg.OPTIONAL);
        LONGS.put("colour", Getopt.Arg.OPTIONAL);
    }

    private final String name;
    private final GrepPatterns.Dialect defaultDialect;

    Grep(String name, GrepPatterns.Dialect defaultDialect) {
        this.name = name;
        this.defaultDialect = defaultDialect;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws IOException {
        List<String> expanded = new ArrayList<>();
        boolean options = true;
        String previous = "";
        for (String a : args) {
            options &= !a.equals("--");
            boolean isArgument = List.of("-e", "-f", "-m", "-A", "-B", "-C", "--regexp", "--file", "--max-count")
                    .contains(previous);
            previous = a;
            expanded.add(options && !isArgument && a.matches("-\\d+") ? "-C" + a.substring(1) : a);
        }
        Getopt g = new Getopt("EFGPiywxclLoqsvnhHrRe:f:m:A:B:C:aIU", LONGS);
        try {
            g.parse(expanded);
        } catch (Getopt.UsageException e) {
            TextIo.err(context, "grep", e.getMessage());
            context.stderr().write(("Usage: grep [OPTION]... PATTERNS [FILE]...\n"
                    + "Try 'grep --help' for more information.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return 2;
        }
        Run run = new Run(context);
        try {
            return run.go(g);
        } catch (GrepSearch.Found found) {
            return 0;
        }
    }

    private final class Run {
        final CommandContext context;
        final GrepSearch.Settings s = new GrepSearch.Settings();
        final List<Pattern> include = new ArrayList<>();
        final List<Pattern> exclude = new ArrayList<>();
        final List<Pattern> excludeDir = new ArrayList<>();
        boolean recursive;
        boolean follow;
        boolean noMessages;
        boolean error;
        boolean matched;
        GrepSearch search;

        Run(CommandContext context) {
            this.context = context;
        }

        int go(Getopt g) throws IOException {
            GrepPatterns.Dialect dialect = defaultDialect;
            boolean ignoreCase = false;
            boolean word = false;
            boolean line = false;
            Boolean names = null;
            List<String> sources = null;
            for (Getopt.Opt o : g.opts) {
                String v = o.value();
                switch (o.name()) {
                    case "E", "extended-regexp" -> dialect = GrepPatterns.Dialect.EXTENDED;
                    case "F", "fixed-strings" -> dialect = GrepPatterns.Dialect.FIXED;
                    case "G", "basic-regexp" -> dialect = GrepPatterns.Dialect.BASIC;
                    case "P", "perl-regexp" -> dialect = GrepPatterns.Dialect.PERL;
                    case "i", "y", "ignore-case" -> ignoreCase = true;
                    case "no-ignore-case" -> ignoreCase = false;
                    case "w", "word-regexp" -> word = true;
                    case "x", "line-regexp" -> line = true;
                    case "c", "count" -> s.count = true;
                    case "l", "files-with-matches" -> s.filesWith = true;
                    case "L", "files-without-match" -> s.filesWithout = true;
                    case "o", "only-matching" -> s.only = true;
                    case "q", "quiet", "silent" -> s.quiet = true;
                    case "s", "no-messages" -> noMessages = true;
                    case "v", "invert-match" -> s.invert = true;
                    case "n", "line-number" -> s.lineNumbers = true;
                    case "h", "no-filename" -> names = Boolean.FALSE;
                    case "H", "with-filename" -> names = Boolean.TRUE;
                    case "r", "recursive" -> recursive = true;
                    case "R", "dereference-recursive" -> {
                        recursive = true;
                        follow = true;
                    }
                    case "a", "text" -> s.text = true;
                    case "I" -> s.skipBinary = true;
                    case "binary-files" -> {
                        s.text = "text".equals(v);
                        s.skipBinary = "without-match".equals(v);
                    }
                    case "e", "regexp" -> (sources == null ? sources = new ArrayList<>() : sources).add(v);
                    case "f", "file" -> {
                        if (sources == null) {
                            sources = new ArrayList<>();
                        }
                        try {
                            String text = TextIo.readText(context, v);
                            if (!text.isEmpty()) {
                                sources.add(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
                            }
                        } catch (TextIo.InputException e) {
                            TextIo.err(context, "grep", v + ": " + e.getMessage());
                            return 2;
                        }
                    }
                    case "m", "max-count", "A", "after-context", "B", "before-context", "C", "context" -> {
                        long n;
                        try {
                            n = Long.parseLong(v.trim());
                        } catch (NumberFormatException e) {
                            TextIo.err(context, "grep", (o.name().startsWith("m") ? "invalid max count"
                                    : v + ": invalid context length argument"));
                            return 2;
                        }
                        switch (o.name()) {
                            case "m", "max-count" -> s.max = n < 0 ? Long.MAX_VALUE : n;
                            case "A", "after-context" -> s.after = (int) Math.min(n, Integer.MAX_VALUE);
                            case "B", "before-context" -> s.before = (int) Math.min(n, Integer.MAX_VALUE);
                            default -> {
                                s.after = (int) Math.min(n, Integer.MAX_VALUE);
                                s.before = s.after;
                            }
                        }
                    }
                    case "include" -> include.add(Glob.compile(v));
                    case "exclude" -> exclude.add(Glob.compile(v));
                    case "exclude-dir" -> excludeDir.add(Glob.compile(v));
                    default -> {
                        // --color, --line-buffered, -U and friends change nothing here
                    }
                }
            }
            if (s.filesWith || s.filesWithout) {
                s.count = false;
            }
            List<String> operands = new ArrayList<>(g.operands);
            if (sources == null) {
                if (operands.isEmpty()) {
                    context.stderr().write(("Usage: grep [OPTION]... PATTERNS [FILE]...\n"
                            + "Try 'grep --help' for more information.\n").getBytes(
                            java.nio.charset.StandardCharsets.UTF_8));
                    return 2;
                }
                sources = List.of(operands.remove(0));
            }
            List<String> split = new ArrayList<>();
            for (String src : sources) {
                split.addAll(List.of(src.split("\n", -1)));
            }
            try {
                search = new GrepSearch(context, GrepPatterns.compile(split, dialect, ignoreCase, word, line,
                        context), s);
            } catch (PosixRegex.RegexException e) {
                TextIo.err(context, "grep", e.getMessage());
                return 2;
            }
            boolean implicit = operands.isEmpty();
            if (implicit) {
                operands.add(recursive ? "." : "-");
            }
            boolean showNames = names != null ? names : operands.size() > 1;
            for (String operand : operands) {
                operand(operand, names, showNames, implicit);
            }
            return error && !(s.quiet && matched) ? 2 : matched ? 0 : 1;
        }

        private void operand(String operand, Boolean names, boolean showNames, boolean implicit)
                throws IOException {
            if (operand.equals("-")) {
                byte[] bytes = TextIo.readStdin(context);
                String label = "(standard input)";
                matched |= search.search(bytes, showNames ? label : null, label);
                return;
            }
            Path path;
            try {
                path = TextIo.resolve(context, operand, Intent.READ);
            } catch (TextIo.InputException e) {
                fail(operand, e.getMessage());
                return;
            }
            if (Files.isDirectory(path)) {
                if (!recursive) {
                    fail(operand, "Is a directory");
                    return;
                }
                walk(implicit ? "" : operand, path, names == null || names);
                return;
            }
            file(operand, path, showNames);
        }

        private void walk(String display, Path dir, boolean showNames) throws IOException {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(children::add);
            } catch (IOException e) {
                fail(display, "Permission denied");
                return;
            }
            children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            for (Path child : children) {
                context.checkCancelled();
                String base = child.getFileName().toString();
                String shown = display.isEmpty() ? base : display.endsWith("/") ? display + base
                        : display + "/" + base;
                Path target = child;
                if (Files.isSymbolicLink(child)) {
                    if (!follow) {
                        continue;
                    }
                    try {
                        target = TextIo.resolve(context, shown, Intent.READ);
                    } catch (TextIo.InputException e) {
                        fail(shown, e.getMessage());
                        continue;
                    }
                }
                if (Files.isDirectory(target)) {
                    if (!anyMatch(excludeDir, base)) {
                        walk(shown, target, showNames);
                    }
                } else if (Files.isRegularFile(target)) {
                    file(shown, target, showNames);
                }
            }
        }

        private void file(String shown, Path path, boolean showNames) throws IOException {
            String base = path.getFileName() == null ? shown : path.getFileName().toString();
            String shownBase = shown.contains("/") ? shown.substring(shown.lastIndexOf('/') + 1) : shown;
            if ((!include.isEmpty() && !anyMatch(include, shownBase) && !anyMatch(include, base))
                    || anyMatch(exclude, shownBase)) {
                return;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path);
            } catch (java.nio.file.NoSuchFileException e) {
                fail(shown, "No such file or directory");
                return;
            } catch (IOException e) {
                fail(shown, "Permission denied");
                return;
            }
            matched |= search.search(bytes, showNames ? shown : null, shown);
        }

        private boolean anyMatch(List<Pattern> globs, String base) {
            for (Pattern p : globs) {
                if (p.matcher(base).matches()) {
                    return true;
                }
            }
            return false;
        }

        private void fail(String operand, String reason) throws IOException {
            error = true;
            if (!noMessages) {
                TextIo.err(context, "grep", operand + ": " + reason);
            }
        }
    }
}
