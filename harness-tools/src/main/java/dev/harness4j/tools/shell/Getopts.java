package dev.harness4j.tools.shell;

import java.util.List;

/** The {@code getopts optstring name [args]} builtin: one option per call, OPTIND/OPTARG like bash. */
final class Getopts {
    private Getopts() {
    }

    static int run(Interp interp, List<String> args, Io io) {
        if (args.size() < 2) {
            interp.error(io, "bash: getopts: usage: getopts optstring name [arg ...]");
            return 2;
        }
        ShellState st = interp.state();
        String spec = args.get(0);
        String name = args.get(1);
        boolean silent = spec.startsWith(":");
        List<String> argv = args.size() > 2 ? args.subList(2, args.size()) : st.positional;
        int optind;
        try {
            String v = st.vars.get("OPTIND");
            optind = v == null ? 1 : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            optind = 1;
        }
        if (optind != st.getoptsIndex) {
            st.getoptsChar = 1;
        }
        if (optind < 1 || optind > argv.size()) {
            return finish(interp, name, "?", optind, false);
        }
        String arg = argv.get(optind - 1);
        if (st.getoptsChar == 1 && (!arg.startsWith("-") || arg.equals("-"))) {
            return finish(interp, name, "?", optind, false);
        }
        if (st.getoptsChar == 1 && arg.equals("--")) {
            return finish(interp, name, "?", optind + 1, false);
        }
        char c = arg.charAt(st.getoptsChar);
        st.getoptsChar++;
        boolean last = st.getoptsChar >= arg.length();
        int at = spec.indexOf(c);
        st.vars.unset("OPTARG");
        if (c == ':' || at < 0) {
            if (silent) {
                interp.assign("OPTARG", null, String.valueOf(c));
            } else {
                interp.error(io, "bash: illegal option -- " + c);
            }
            return advance(interp, name, "?", optind, last);
        }
        if (at + 1 < spec.length() && spec.charAt(at + 1) == ':') {
            if (!last) {
                interp.assign("OPTARG", null, arg.substring(st.getoptsChar));
                return advance(interp, name, String.valueOf(c), optind, true);
            }
            if (optind < argv.size()) {
                interp.assign("OPTARG", null, argv.get(optind));
                return advance(interp, name, String.valueOf(c), optind + 1, true);
            }
            if (silent) {
                interp.assign("OPTARG", null, String.valueOf(c));
                return advance(interp, name, ":", optind, true);
            }
            interp.error(io, "bash: option requires an argument -- " + c);
            return advance(interp, name, "?", optind, true);
        }
        return advance(interp, name, String.valueOf(c), optind, last);
    }

    private static int advance(Interp interp, String name, String value, int optind, boolean nextArg) {
        ShellState st = interp.state();
        int next = nextArg ? optind + 1 : optind;
        if (nextArg) {
            st.getoptsChar = 1;
        }
        interp.assign(name, null, value);
        interp.assign("OPTIND", null, Integer.toString(next));
        st.getoptsIndex = next;
        return 0;
    }

    private static int finish(Interp interp, String name, String value, int optind, boolean ok) {
        ShellState st = interp.state();
        interp.assign(name, null, value);
        interp.assign("OPTIND", null, Integer.toString(optind));
        st.getoptsIndex = optind;
        st.getoptsChar = 1;
        return ok ? 0 : 1;
    }
}
