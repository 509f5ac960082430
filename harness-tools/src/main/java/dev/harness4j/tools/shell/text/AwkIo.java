package dev.harness4j.tools.shell.text;

import dev.harness4j.workspace.Intent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * awk's input and output: the main input over ARGV (files, {@code var=value} assignments, stdin), getline sources,
 * and print destinations (stdout, files for {@code >}/{@code >>}, commands for {@code |} run through the shell).
 */
final class AwkIo {
    private final AwkInterp in;
    private final StringBuilder stdout = new StringBuilder();
    private final Map<String, StringBuilder> files = new LinkedHashMap<>();
    private final Map<String, StringBuilder> pipes = new LinkedHashMap<>();
    private final Map<String, Reader> readers = new HashMap<>();
    private Reader main;
    private int argIndex = 1;
    private boolean sawFile;

    AwkIo(AwkInterp interp) {
        this.in = interp;
    }

    /** Text split into records by RS. */
    static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        String next(String rs, AwkInterp interp) {
            if (rs.isEmpty()) {
                while (pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                if (pos >= text.length()) {
                    return null;
                }
                int end = text.indexOf("\n\n", pos);
                String rec;
                if (end < 0) {
                    rec = text.substring(pos);
                    pos = text.length();
                    while (rec.endsWith("\n")) {
                        rec = rec.substring(0, rec.length() - 1);
                    }
                } else {
                    rec = text.substring(pos, end);
                    pos = end;
                }
                return rec;
            }
            if (pos >= text.length()) {
                return null;
            }
            if (rs.length() == 1) {
                int end = text.indexOf(rs.charAt(0), pos);
                String rec = end < 0 ? text.substring(pos) : text.substring(pos, end);
                pos = end < 0 ? text.length() : end + 1;
                return rec;
            }
            Matcher m = interp.eval.dynamicRegex(rs).matcher(text);
            int from = pos;
            while (from <= text.length() && m.find(from)) {
                if (m.end() > m.start()) {
                    String rec = text.substring(pos, m.start());
                    pos = m.end();
                    return rec;
                }
                from = m.start() + 1;
            }
            String rec = text.substring(pos);
            pos = text.length();
            return rec;
        }
    }

    private void count(boolean fnr) {
        in.globals.put("NR", AwkValues.num(in.globals.get("NR")) + 1);
        if (fnr) {
            in.globals.put("FNR", AwkValues.num(in.globals.get("FNR")) + 1);
        }
    }

    /** Reads the next main-input record into $0 (or returns it when {@code into0} is false); null at the end. */
    boolean nextMainRecord(boolean into0) throws IOException {
        String rec = readMain();
        if (rec == null) {
            return false;
        }
        count(true);
        if (into0) {
            in.record.set0(rec);
        } else {
            pending = rec;
        }
        return true;
    }

    private String pending;

    private String readMain() throws IOException {
        while (true) {
            if (main != null) {
                String rec = main.next(in.special("RS"), in);
                if (rec != null) {
                    return rec;
                }
                main = null;
            }
            if (!openNext()) {
                return null;
            }
        }
    }

    private boolean openNext() throws IOException {
        AwkValues.AwkArray argv = (AwkValues.AwkArray) in.globals.get("ARGV");
        int argc = (int) AwkValues.num(in.globals.get("ARGC"));
        while (argIndex < argc) {
            Object v = argv.map.get(Integer.toString(argIndex++));
            String arg = v == null ? "" : in.eval.str(v);
            if (arg.isEmpty()) {
                continue;
            }
            int eq = arg.indexOf('=');
            if (eq > 0 && arg.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                in.globals.put(arg.substring(0, eq), AwkValues.fromInput(Awk.unescape(arg.substring(eq + 1))));
                continue;
            }
            sawFile = true;
            in.globals.put("FILENAME", arg);
            in.globals.put("FNR", 0.0);
            try {
                main = new Reader(TextIo.readText(in.context, arg));
            } catch (TextIo.InputException e) {
                flush();
                throw new AwkEval.AwkRuntimeException("cannot open " + arg + " (" + e.getMessage() + ")");
            }
            return true;
        }
        if (!sawFile) {
            sawFile = true;
            in.globals.put("FNR", 0.0);
            main = new Reader(TextIo.decode(TextIo.readStdin(in.context)));
            return true;
        }
        return false;
    }

    void skipFile() {
        main = null;
    }

    /** Runs a getline form and returns 1, 0 at end of input, or -1 when the source cannot be read. */
    Object getline(AwkAst.Getline g) throws IOException {
        String rec;
        if (g.kind() == 'g') {
            if (!nextMainRecord(g.target() == null)) {
                return 0.0;
            }
            if (g.target() != null) {
                in.eval.assign(g.target(), AwkValues.fromInput(pending));
            }
            return 1.0;
        }
        String source = in.eval.str(in.eval.eval(g.source()));
        Reader r = readers.get((g.kind() == '|' ? "|" : "<") + source);
        if (r == null) {
            try {
                String text;
                if (g.kind() == '|') {
                    flush();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.context.execute(command(source), new ByteArrayInputStream(new byte[0]), out,
                            in.context.stderr());
                    text = TextIo.decode(out.toByteArray());
                } else {
                    text = TextIo.readText(in.context, source.equals("/dev/stdin") ? "-" : source);
                }
                r = new Reader(text);
                readers.put((g.kind() == '|' ? "|" : "<") + source, r);
            } catch (TextIo.InputException e) {
                return -1.0;
            }
        }
        rec = r.next(in.special("RS"), in);
        if (rec == null) {
            return 0.0;
        }
        if (g.kind() == '|') {
            count(false);
        }
        if (g.target() == null) {
            in.record.set0(rec);
        } else {
            in.eval.assign(g.target(), AwkValues.fromInput(rec));
        }
        return 1.0;
    }

    static List<String> command(String cmd) {
        if (cmd.matches("[A-Za-z0-9_./ =,+:-]*")) {
            List<String> argv = new ArrayList<>(List.of(cmd.trim().split(" +")));
            if (!argv.get(0).isEmpty()) {
                return argv;
            }
        }
        return List.of("sh", "-c", cmd);
    }

    void print(String redirect, String dest, String text) throws IOException {
        if (redirect != null && dest.equals("/dev/null")) {
            return;
        }
        if (redirect == null || dest.equals("/dev/stdout") || dest.equals("-")) {
            stdout.append(text);
            if (stdout.length() > 1 << 16) {
                flush();
            }
        } else if (dest.equals("/dev/stderr")) {
            flush();
            in.context.stderr().write(text.getBytes(StandardCharsets.UTF_8));
        } else if (redirect.equals("|")) {
            pipes.computeIfAbsent(dest, k -> new StringBuilder()).append(text);
        } else {
            StringBuilder buffer = files.get(dest);
            if (buffer == null) {
                buffer = new StringBuilder();
                files.put(dest, buffer);
                if (redirect.equals(">")) {
                    writeFile(dest, "", false);
                }
            }
            buffer.append(text);
        }
    }

    private void writeFile(String name, String text, boolean append) throws IOException {
        Path p;
        try {
            p = TextIo.resolve(in.context, name, Intent.WRITE);
        } catch (TextIo.InputException e) {
            throw new AwkEval.AwkRuntimeException("cannot open \"" + name + "\" for output (" + e.getMessage() + ")");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (append) {
            Files.write(p, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } else {
            Files.write(p, bytes);
        }
    }

    void flush() throws IOException {
        if (stdout.length() > 0) {
            TextIo.out(in.context, stdout);
            stdout.setLength(0);
        }
    }

    /** close(name): flushes and forgets an output file or pipe, or an input source; 0, or -1 when not open. */
    int close(String name) throws IOException {
        int status = -1;
        StringBuilder file = files.remove(name);
        if (file != null) {
            writeFile(name, file.toString(), true);
            status = 0;
        }
        StringBuilder pipe = pipes.remove(name);
        if (pipe != null) {
            flush();
            status = in.context.execute(command(name), new ByteArrayInputStream(pipe.toString()
                    .getBytes(StandardCharsets.UTF_8)), in.context.stdout(), in.context.stderr());
        }
        if (readers.remove("<" + name) != null | readers.remove("|" + name) != null) {
            status = 0;
        }
        return status;
    }

    /** system(cmd): flushes output and runs the command through the shell. */
    int system(String cmd) throws IOException {
        flush();
        if (cmd.isBlank()) {
            return 0;
        }
        return in.context.execute(command(cmd), new ByteArrayInputStream(new byte[0]), in.context.stdout(),
                in.context.stderr());
    }

    void closeAll() throws IOException {
        flush();
        for (String name : new ArrayList<>(files.keySet())) {
            close(name);
        }
        for (String name : new ArrayList<>(pipes.keySet())) {
            close(name);
        }
    }
}
