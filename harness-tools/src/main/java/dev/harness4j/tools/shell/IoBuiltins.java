package dev.harness4j.tools.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builtins that read or write text: echo, read, mapfile/readarray. */
final class IoBuiltins {
    private static final java.util.regex.Pattern ECHO_OPTION = java.util.regex.Pattern.compile("-[neE]+");

    private IoBuiltins() {
    }

    static void register(Map<String, Builtin> b) {
        b.put("echo", IoBuiltins::echo);
        b.put("read", IoBuiltins::read);
        b.put("mapfile", IoBuiltins::mapfile);
        b.put("readarray", IoBuiltins::mapfile);
    }

    static int echo(Interp interp, List<String> args, Io io) throws IOException {
        boolean newline = true;
        boolean escapes = false;
        int i = 0;
        while (i < args.size() && ECHO_OPTION.matcher(args.get(i)).matches()) {
            for (char c : args.get(i).substring(1).toCharArray()) {
                if (c == 'n') {
                    newline = false;
                } else if (c == 'e') {
                    escapes = true;
                } else {
                    escapes = false;
                }
            }
            i++;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < args.size(); k++) {
            if (k > i) {
                sb.append(' ');
            }
            if (escapes) {
                Escapes.Decoded d = Escapes.decode(args.get(k), true);
                sb.append(d.text());
                if (d.stop()) {
                    io.out().write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    return 0;
                }
            } else {
                sb.append(args.get(k));
            }
        }
        if (newline) {
            sb.append('\n');
        }
        io.out().write(sb.toString().getBytes(StandardCharsets.UTF_8));
        return 0;
    }

    /** Reads one line (up to {@code delim}) byte by byte so the rest stays for the next reader; null at EOF. */
    static String readLine(Interp interp, InputStream in, int delim, boolean raw, int max) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean any = false;
        while (true) {
            interp.budget().check();
            int c = in.read();
            if (c < 0) {
                return any ? buf.toString(StandardCharsets.UTF_8) : null;
            }
            any = true;
            if (!raw && c == '\\') {
                int n = in.read();
                if (n < 0) {
                    break;
                }
                if (n == '\n') {
                    continue;
                }
                buf.write(n);
                continue;
            }
            if (c == delim) {
                return buf.toString(StandardCharsets.UTF_8) + "\u0000";
            }
            buf.write(c);
            if (max > 0 && buf.size() >= max) {
                return buf.toString(StandardCharsets.UTF_8) + "\u0000";
            }
            if (buf.size() > interp.budget().limits.maxStringLength()) {
                throw interp.budget().limit(interp.budget().limits.maxStringLength() + " characters in one string",
                        "maxStringLength");
            }
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    static int read(Interp interp, List<String> args, Io io) throws IOException {
        boolean raw = false;
        String array = null;
        int delim = '\n';
        int max = 0;
        int i = 0;
        for (; i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1; i++) {
            String a = args.get(i);
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                String rest = a.substring(k + 1);
                String val = rest.isEmpty() && i + 1 < args.size() ? null : rest;
                switch (c) {
                    case 'r' -> raw = true;
                    case 's' -> { }
                    case 'a', 'd', 'p', 'n', 'N', 't', 'u' -> {
                        if (val == null) {
                            val = args.get(++i);
                        }
                        if (c == 'a') {
                            array = val;
                        } else if (c == 'd') {
                            delim = val.isEmpty() ? 0 : val.charAt(0);
                        } else if (c == 'p') {
                            io.err().write(val.getBytes(StandardCharsets.UTF_8));
                        } else if (c == 'n' || c == 'N') {
                            max = Integer.parseInt(val);
                        }
                        k = a.length();
                    }
                    default -> {
                        interp.error(io, "bash: read: -" + c + ": invalid option");
                        return 2;
                    }
                }
            }
        }
        List<String> names = new ArrayList<>(args.subList(i, args.size()));
        String line = readLine(interp, io.in(), delim, raw, max);
        if (line == null) {
            line = "";
            assignFields(interp, names, array, "");
            return 1;
        }
        boolean complete = line.endsWith("\u0000");
        if (complete) {
            line = line.substring(0, line.length() - 1);
        }
        assignFields(interp, names, array, line);
        return complete ? 0 : 1;
    }

    private static void assignFields(Interp interp, List<String> names, String array, String line) {
        String ifs = interp.state().vars.get("IFS");
        if (ifs == null) {
            ifs = " \t\n";
        }
        if (array != null) {
            interp.state().vars.setArray(array, splitAll(line, ifs));
            return;
        }
        if (names.isEmpty()) {
            interp.assign("REPLY", null, line);
            return;
        }
        String ws = ifsWhite(ifs);
        String rest = trimLeading(line, ws);
        for (int n = 0; n < names.size(); n++) {
            if (n == names.size() - 1) {
                interp.assign(names.get(n), null, trimTrailing(rest, ws, ifs));
                break;
            }
            int end = 0;
            while (end < rest.length() && ifs.indexOf(rest.charAt(end)) < 0) {
                end++;
            }
            interp.assign(names.get(n), null, rest.substring(0, end));
            rest = end < rest.length() ? rest.substring(end) : "";
            rest = trimLeading(rest, ws);
            if (!rest.isEmpty() && ifs.indexOf(rest.charAt(0)) >= 0 && ws.indexOf(rest.charAt(0)) < 0) {
                rest = trimLeading(rest.substring(1), ws);
            }
        }
    }

    private static String ifsWhite(String ifs) {
        StringBuilder sb = new StringBuilder();
        for (char c : ifs.toCharArray()) {
            if (" \t\n".indexOf(c) >= 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String trimLeading(String s, String ws) {
        int i = 0;
        while (i < s.length() && ws.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }

    private static String trimTrailing(String s, String ws, String ifs) {
        int e = s.length();
        while (e > 0 && ws.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        s = s.substring(0, e);
        if (s.length() == 1 && ifs.indexOf(s.charAt(0)) >= 0) {
            return "";
        }
        return s;
    }

    static List<String> splitAll(String line, String ifs) {
        List<String> out = new ArrayList<>();
        String ws = ifsWhite(ifs);
        String rest = trimLeading(line, ws);
        while (!rest.isEmpty()) {
            int end = 0;
            while (end < rest.length() && ifs.indexOf(rest.charAt(end)) < 0) {
                end++;
            }
            out.add(rest.substring(0, end));
            rest = trimLeading(rest.substring(end), ws);
            if (!rest.isEmpty() && ifs.indexOf(rest.charAt(0)) >= 0 && ws.indexOf(rest.charAt(0)) < 0) {
                rest = trimLeading(rest.substring(1), ws);
            }
        }
        return out;
    }

    static int mapfile(Interp interp, List<String> args, Io io) throws IOException {
        boolean strip = false;
        String name = "MAPFILE";
        for (String a : args) {
            if (a.equals("-t")) {
                strip = true;
            } else if (!a.startsWith("-")) {
                name = a;
            }
        }
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = readLine(interp, io.in(), '\n', true, 0);
            if (line == null) {
                break;
            }
            boolean complete = line.endsWith("\u0000");
            String text = complete ? line.substring(0, line.length() - 1) : line;
            lines.add(strip || !complete ? text : text + "\n");
        }
        interp.state().vars.setArray(name, lines);
        return 0;
    }
}
