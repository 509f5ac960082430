package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.tools.shell.files.BaseCommand.UsageException;
import dev.harness4j.workspace.Intent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/** Parses find's expression: {@code expr -o expr}, implicit and explicit {@code -a}, {@code !}, parentheses. */
final class FindParser {
    private final List<String> tokens;
    private final CommandContext context;
    private int pos;
    boolean hasAction;
    boolean depthFirst;
    int maxDepth = Integer.MAX_VALUE;
    int minDepth;

    FindParser(List<String> tokens, CommandContext context) {
        this.tokens = tokens;
        this.context = context;
    }

    FindExpr parse() throws UsageException {
        if (tokens.isEmpty()) {
            return (v, r) -> true;
        }
        FindExpr e = comma();
        if (pos < tokens.size()) {
            String t = tokens.get(pos);
            throw new UsageException(t.equals(")") ? "unexpected ')'" : "paths must precede expression: `" + t + "'",
                    false);
        }
        return e;
    }

    private FindExpr comma() throws UsageException {
        FindExpr e = or();
        while (peek(",")) {
            pos++;
            e = FindExpr.comma(e, or());
        }
        return e;
    }

    private FindExpr or() throws UsageException {
        FindExpr e = and();
        while (peek("-o") || peek("-or")) {
            pos++;
            e = FindExpr.or(e, and());
        }
        return e;
    }

    private FindExpr and() throws UsageException {
        FindExpr e = not();
        while (pos < tokens.size() && !peek("-o") && !peek("-or") && !peek(")") && !peek(",")) {
            if (peek("-a") || peek("-and")) {
                pos++;
            }
            e = FindExpr.and(e, not());
        }
        return e;
    }

    private FindExpr not() throws UsageException {
        if (peek("!") || peek("-not")) {
            pos++;
            return FindExpr.not(not());
        }
        return primary();
    }

    private boolean peek(String s) {
        return pos < tokens.size() && tokens.get(pos).equals(s);
    }

    private String arg(String predicate) throws UsageException {
        if (pos >= tokens.size()) {
            throw new UsageException("missing argument to `" + predicate + "'", false);
        }
        return tokens.get(pos++);
    }

    private FindExpr primary() throws UsageException {
        if (pos >= tokens.size()) {
            throw new UsageException("expected an expression", false);
        }
        String t = tokens.get(pos++);
        switch (t) {
            case "(" -> {
                FindExpr e = comma();
                if (!peek(")")) {
                    throw new UsageException("invalid expression; I was expecting to find a ')' somewhere but did "
                            + "not see one.", false);
                }
                pos++;
                return e;
            }
            case "-name", "-iname" -> {
                String p = arg(t);
                boolean ic = t.equals("-iname");
                return (v, r) -> Glob.matches(p, v.name(), ic);
            }
            case "-path", "-wholename", "-ipath", "-iwholename" -> {
                String p = arg(t);
                boolean ic = t.startsWith("-i");
                return (v, r) -> Glob.matches(p, v.display(), ic);
            }
            case "-regex", "-iregex" -> {
                String text = arg(t);
                java.util.regex.Pattern p;
                try {
                    p = java.util.regex.Pattern.compile(text, t.equals("-iregex")
                            ? java.util.regex.Pattern.CASE_INSENSITIVE : 0);
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new UsageException("Invalid regular expression " + quote(text), false);
                }
                return (v, r) -> p.matcher(v.display()).matches();
            }
            case "-type", "-xtype" -> {
                String types = arg(t);
                for (String k : types.split(",", -1)) {
                    if (k.length() != 1 || "fdlbcps".indexOf(k.charAt(0)) < 0) {
                        throw new UsageException("Unknown argument to " + t + ": " + k, false);
                    }
                }
                boolean target = t.equals("-xtype");
                return (v, r) -> {
                    java.nio.file.attribute.BasicFileAttributes a = v.attrs();
                    if (target && a.isSymbolicLink()) {
                        Path p = Fs.followLink(r.context, v.path());
                        a = p == null ? a : Fs.attrs(p, true);
                    }
                    char k = a.isSymbolicLink() ? 'l' : a.isDirectory() ? 'd' : a.isRegularFile() ? 'f' : 'p';
                    return types.indexOf(k) >= 0;
                };
            }
            case "-maxdepth", "-mindepth" -> {
                String n = arg(t);
                if (!n.matches("\\d+")) {
                    throw new UsageException("Expected a positive decimal integer argument to " + t + ", but got '"
                            + n + "'", false);
                }
                if (t.equals("-maxdepth")) {
                    maxDepth = Integer.parseInt(n);
                } else {
                    minDepth = Integer.parseInt(n);
                }
                return (v, r) -> true;
            }
            case "-depth", "-d" -> {
                depthFirst = true;
                return (v, r) -> true;
            }
            case "-true", "-follow", "-noleaf", "-xdev", "-mount" -> {
                return (v, r) -> true;
            }
            case "-false" -> {
                return (v, r) -> false;
            }
            case "-empty" -> {
                return (v, r) -> v.attrs().isDirectory() ? Fs.list(v.path()).isEmpty()
                        : v.attrs().isRegularFile() && v.attrs().size() == 0;
            }
            case "-newermt" -> {
                String text = arg(t);
                java.time.Instant when = DateParser.parse(text, context.clock());
                if (when == null) {
                    throw new UsageException("I cannot figure out how to interpret " + quote(text) + " as a date or "
                            + "time", false);
                }
                FileTime ref = FileTime.from(when);
                return (v, r) -> v.attrs().lastModifiedTime().compareTo(ref) > 0;
            }
            case "-readable" -> {
                return (v, r) -> true;
            }
            case "-executable" -> {
                return (v, r) -> v.attrs().isDirectory();
            }
            case "-writable" -> {
                return (v, r) -> {
                    try {
                        Fs.checkWritable(r.context, v.path().resolve("x"));
                        return true;
                    } catch (Fs.PathError e) {
                        return false;
                    }
                };
            }
            case "-newer" -> {
                String f = arg(t);
                FileTime ref = referenceTime(f);
                return (v, r) -> v.attrs().lastModifiedTime().compareTo(ref) > 0;
            }
            case "-mtime", "-mmin" -> {
                NumberTest n = NumberTest.parse(t, arg(t));
                long unit = t.equals("-mtime") ? 86_400_000L : 60_000L;
                return (v, r) -> {
                    long age = r.context.clock().millis() - v.attrs().lastModifiedTime().toMillis();
                    return t.equals("-mtime") ? n.test(Math.floorDiv(age, unit)) : n.testCeil(age, unit);
                };
            }
            case "-size" -> {
                return FindActions.size(arg(t));
            }
            case "-prune" -> {
                return (v, r) -> {
                    r.prune = true;
                    return true;
                };
            }
            case "-quit" -> {
                return (v, r) -> {
                    throw new FindRun.Quit();
                };
            }
            case "-print", "-print0", "-fprint" -> {
                hasAction = true;
                String end = t.equals("-print0") ? "\0" : "\n";
                return (v, r) -> FindActions.print(r, v.display() + end);
            }
            case "-printf" -> {
                hasAction = true;
                String format = arg(t);
                return (v, r) -> FindActions.print(r, FindActions.printf(format, v));
            }
            case "-delete" -> {
                hasAction = true;
                depthFirst = true;
                return FindActions::delete;
            }
            case "-exec", "-ok" -> {
                hasAction = true;
                return exec(t);
            }
            default -> throw new UsageException(t.startsWith("-") ? "unknown predicate `" + t + "'"
                    : "paths must precede expression: `" + t + "'", false);
        }
    }

    private FindExpr exec(String t) throws UsageException {
        List<String> argv = new ArrayList<>();
        while (true) {
            if (pos >= tokens.size()) {
                throw new UsageException("missing argument to `" + t + "'", false);
            }
            String a = tokens.get(pos++);
            if (a.equals(";")) {
                break;
            }
            if (a.equals("+") && !argv.isEmpty() && argv.get(argv.size() - 1).equals("{}")) {
                argv.remove(argv.size() - 1);
                if (argv.isEmpty()) {
                    throw new UsageException("missing argument to `" + t + "'", false);
                }
                return FindActions.batch(argv);
            }
            argv.add(a);
        }
        if (argv.isEmpty()) {
            throw new UsageException("missing argument to `" + t + "'", false);
        }
        return (v, r) -> {
            List<String> cmd = new ArrayList<>(argv.size());
            for (String a : argv) {
                cmd.add(a.replace("{}", v.display()));
            }
            return r.run(cmd) == 0;
        };
    }

    private FileTime referenceTime(String file) throws UsageException {
        try {
            Path p = Fs.follow(context, file, Intent.READ);
            return Files.getLastModifiedTime(p);
        } catch (Fs.PathError e) {
            throw new UsageException(quote(file) + ": " + e.getMessage(), false);
        } catch (java.io.IOException e) {
            throw new UsageException(quote(file) + ": " + Fs.errno(e), false);
        }
    }

    private static String quote(String s) {
        return BaseCommand.quote(s);
    }

    /** A numeric comparison {@code N}, {@code +N} (more than) or {@code -N} (less than). */
    record NumberTest(char sign, long n) {
        static NumberTest parse(String predicate, String s) throws UsageException {
            char sign = s.startsWith("+") || s.startsWith("-") ? s.charAt(0) : '=';
            String digits = sign == '=' ? s : s.substring(1);
            if (!digits.matches("\\d+")) {
                throw new UsageException("invalid argument `" + s + "' to `" + predicate + "'", false);
            }
            return new NumberTest(sign, Long.parseLong(digits));
        }

        boolean test(long value) {
            return sign == '+' ? value > n : sign == '-' ? value < n : value == n;
        }

        /** For -mmin: compares the exact age against N units. */
        boolean testCeil(long millis, long unit) {
            return sign == '+' ? millis > n * unit : sign == '-' ? millis < n * unit
                    : Math.floorDiv(millis + unit - 1, unit) == n;
        }
    }
}
