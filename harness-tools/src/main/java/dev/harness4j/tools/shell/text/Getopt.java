package dev.harness4j.tools.shell.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GNU-style option parsing: bundled short options ({@code -nri}), attached or separate arguments ({@code -A3},
 * {@code -A 3}), long options with unique-prefix abbreviation ({@code --ignore-case}, {@code --include=*.c}),
 * {@code --} ending options, and options after operands (GNU permutation).
 */
final class Getopt {

    /** How a long option takes its argument. */
    enum Arg { NONE, REQUIRED, OPTIONAL }

    /** One parsed option: its short letter or long name, and its argument or null. */
    record Opt(String name, String value) {
        boolean is(String n) {
            return name.equals(n);
        }
    }

    /** A usage error, with the GNU message (without the tool prefix). */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    private final String shortSpec;
    private final Map<String, Arg> longs;
    final List<Opt> opts = new ArrayList<>();
    final List<String> operands = new ArrayList<>();

    /**
     * @param shortSpec letters, a letter followed by {@code :} takes an argument
     * @param longs     long option names and their argument kind; a long option whose name maps to a short letter
     *                  is reported under the long name, callers treat both
     */
    Getopt(String shortSpec, Map<String, Arg> longs) {
        this.shortSpec = shortSpec;
        this.longs = longs;
    }

    /** Parses the arguments into {@link #opts} and {@link #operands}. */
    Getopt parse(List<String> args) throws UsageException {
        boolean permute = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!permute || a.length() < 2 || a.charAt(0) != '-') {
                operands.add(a);
            } else if (a.equals("--")) {
                permute = false;
            } else if (a.startsWith("--")) {
                i = parseLong(args, i);
            } else {
                i = parseShort(args, i);
            }
        }
        return this;
    }

    private int parseLong(List<String> args, int i) throws UsageException {
        String a = args.get(i);
        int eq = a.indexOf('=');
        String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
        String full = null;
        if (longs.containsKey(name)) {
            full = name;
        } else {
            for (String candidate : longs.keySet()) {
                if (candidate.startsWith(name)) {
                    if (full != null) {
                        throw new UsageException("option '" + a + "' is ambiguous");
                    }
                    full = candidate;
                }
            }
        }
        if (full == null) {
            throw new UsageException("unrecognized option '" + a + "'");
        }
        Arg kind = longs.get(full);
        if (kind == Arg.NONE) {
            if (eq >= 0) {
                throw new UsageException("option '--" + full + "' doesn't allow an argument");
            }
            opts.add(new Opt(full, null));
        } else if (eq >= 0) {
            opts.add(new Opt(full, a.substring(eq + 1)));
        } else if (kind == Arg.OPTIONAL) {
            opts.add(new Opt(full, null));
        } else {
            if (i + 1 >= args.size()) {
                throw new UsageException("option '--" + full + "' requires an argument");
            }
            opts.add(new Opt(full, args.get(++i)));
        }
        return i;
    }

    private int parseShort(List<String> args, int i) throws UsageException {
        String a = args.get(i);
        for (int j = 1; j < a.length(); j++) {
            char c = a.charAt(j);
            int at = shortSpec.indexOf(c);
            if (at < 0 || c == ':') {
                throw new UsageException("invalid option -- '" + c + "'");
            }
            boolean takesArg = at + 1 < shortSpec.length() && shortSpec.charAt(at + 1) == ':';
            if (!takesArg) {
                opts.add(new Opt(String.valueOf(c), null));
            } else if (j + 1 < a.length()) {
                opts.add(new Opt(String.valueOf(c), a.substring(j + 1)));
                return i;
            } else {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option requires an argument -- '" + c + "'");
                }
                opts.add(new Opt(String.valueOf(c), args.get(++i)));
                return i;
            }
        }
        return i;
    }
}
