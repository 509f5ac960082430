package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * POSIX awk ({@code -F fs}, {@code -v var=value}, {@code -f progfile}), aiming at what mawk and gawk agree on:
 * lexer ({@link AwkLexer}), parser ({@link AwkParser}), tree-walking interpreter ({@link AwkInterp}). Numbers print
 * as integers when integral and within int range (as mawk), otherwise through OFMT/CONVFMT; {@code for (k in a)}
 * visits keys in insertion order.
 */
final class Awk implements Command {
    private static final Map<String, Getopt.Arg> LONGS = Map.of("version", Getopt.Arg.NONE);

    @Override
    public String name() {
        return "awk";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws IOException {
        String fs = null;
        List<String[]> assigns = new ArrayList<>();
        StringBuilder program = null;
        List<String> operands = new ArrayList<>();
        int i = 0;
        try {
            for (; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--")) {
                    i++;
                    break;
                }
                if (a.length() < 2 || a.charAt(0) != '-') {
                    break;
                }
                char opt = a.charAt(1);
                String value;
                if (opt == 'F' || opt == 'v' || opt == 'f') {
                    if (a.length() > 2) {
                        value = a.substring(2);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new Getopt.UsageException("option requires an argument -- " + opt);
                    }
                } else if (a.equals("--version") || a.equals("-W")) {
                    TextIo.out(context, "awk (harness4j) 1.0\n");
                    return 0;
                } else {
                    throw new Getopt.UsageException("not an option: " + a);
                }
                switch (opt) {
                    case 'F' -> fs = value.equals("t") ? "\t" : unescape(value);
                    case 'v' -> {
                        int eq = value.indexOf('=');
                        if (eq <= 0) {
                            throw new Getopt.UsageException("improper assignment: -v " + value);
                        }
                        assigns.add(new String[] {value.substring(0, eq), unescape(value.substring(eq + 1))});
                    }
                    default -> {
                        String text = TextIo.readText(context, value);
                        program = program == null ? new StringBuilder(text) : program.append('\n').append(text);
                    }
                }
            }
        } catch (Getopt.UsageException e) {
            TextIo.err(context, "awk", e.getMessage());
            return 2;
        } catch (TextIo.InputException e) {
            TextIo.err(context, "awk", "couldn't open file " + args.get(i) + ": " + e.getMessage());
            return 2;
        }
        for (; i < args.size(); i++) {
            operands.add(args.get(i));
        }
        if (program == null) {
            if (operands.isEmpty()) {
                TextIo.err(context, "awk", "usage: awk [-F value] [-v var=value] [--] 'program text' [file ...]");
                return 2;
            }
            program = new StringBuilder(operands.remove(0));
        }
        AwkAst.Program parsed;
        try {
            parsed = AwkParser.parse(program.toString());
        } catch (AwkException e) {
            TextIo.err(context, "awk", e.getMessage());
            return 2;
        }
        List<String> argv = new ArrayList<>();
        argv.add("awk");
        argv.addAll(operands);
        AwkInterp interp = new AwkInterp(context, parsed, argv);
        if (fs != null) {
            interp.globals.put("FS", fs);
        }
        for (String[] a : assigns) {
            interp.globals.put(a[0], AwkValues.fromInput(a[1]));
        }
        try {
            return interp.run();
        } catch (AwkEval.AwkRuntimeException e) {
            TextIo.err(context, "awk", "run time error: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (StackOverflowError e) {
            throw new dev.harness4j.tools.shell.ShellAbortException(
                    dev.harness4j.tools.shell.ShellAbortException.Reason.LIMIT, "awk: function call nesting too deep");
        }
    }

    /** Escape processing of command-line assignments and -F values ({@code \t}, {@code \n}, {@code \\}). */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '\\' && i < s.length()) {
                i = AwkLexer.escape(s, i, sb);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
