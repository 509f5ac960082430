package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Executes parsed sed commands over a stream of lines: pattern and hold space, cycles, ranges, appends. */
final class SedRun {

    /** The lines to edit: an input that knows whether a line is the last one and whether it ended in a newline. */
    interface Input {
        /** The next line, or null at the end. */
        String next() throws IOException;

        /** Whether the line most recently returned is the last one. */
        boolean atLast() throws IOException;

        /** Whether the line most recently returned lacked its newline. */
        boolean missingNewline();
    }

    private final CommandContext context;
    private final List<SedCommand> commands;
    private final boolean quiet;
    final Map<String, StringBuilder> writes = new LinkedHashMap<>();
    private StringBuilder out;
    private boolean outMissingNewline;
    private String hold = "";
    private Pattern lastRegex;
    private long lineNumber;
    private Input input;
    private final StringBuilder appended = new StringBuilder();
    private boolean appendPending;
    /** Set by q/Q: the exit status; -1 while running. */
    int exitStatus = -1;

    /** The line separator: newline, or NUL under -z. */
    final char separator;

    SedRun(CommandContext context, List<SedCommand> commands, boolean quiet, char separator) {
        this.separator = separator;
        this.context = context;
        this.commands = commands;
        this.quiet = quiet;
    }

    /** Runs the script over one input stream, appending output to {@code sink}; line numbers restart if asked. */
    void run(Input in, StringBuilder sink, boolean restartNumbers) throws IOException {
        this.input = in;
        this.out = sink;
        this.outMissingNewline = false;
        if (restartNumbers) {
            lineNumber = 0;
            commands.forEach(c -> c.inRange = false);
        }
        String line = in.next();
        String pattern = line;
        boolean readNext = true;
        while (pattern != null && exitStatus < 0) {
            context.checkCancelled();
            if (readNext) {
                lineNumber++;
            }
            Cycle cycle = cycle(pattern);
            if (cycle.autoprint && !quiet) {
                emit(cycle.pattern, input.missingNewline());
            }
            flushAppended();
            if (exitStatus >= 0) {
                break;
            }
            if (cycle.restartWith != null) {
                pattern = cycle.restartWith;
                readNext = false;
                continue;
            }
            pattern = input.next();
            readNext = true;
        }
    }

    private record Cycle(String pattern, boolean autoprint, String restartWith) {
    }

    private Cycle cycle(String start) throws IOException {
        String ps = start;
        boolean substituted = false;
        int pc = 0;
        long steps = 0;
        while (pc < commands.size()) {
            if (++steps > context.limits().maxLoopIterations() * 10) {
                throw new dev.harness4j.tools.shell.ShellAbortException(
                        dev.harness4j.tools.shell.ShellAbortException.Reason.LIMIT,
                        "sed: loop limit of " + context.limits().maxLoopIterations() + " iterations reached");
            }
            SedCommand c = commands.get(pc);
            if ((long) ps.length() + hold.length() > context.limits().maxStringLength()) {
                throw new dev.harness4j.tools.shell.ShellAbortException(
                        dev.harness4j.tools.shell.ShellAbortException.Reason.LIMIT,
                        "sed: pattern and hold space longer than " + context.limits().maxStringLength()
                                + " characters");
            }
            if (c.name == '}' || c.name == ':') {
                pc++;
                continue;
            }
            if (!selected(c, ps)) {
                pc = c.name == '{' ? c.jump + 1 : pc + 1;
                continue;
            }
            pc++;
            switch (c.name) {
                case '{' -> { }
                case 'p' -> emit(ps, input.missingNewline());
                case 'P' -> emit(ps.indexOf(separator) >= 0 ? ps.substring(0, ps.indexOf(separator)) : ps, false);
                case 'd' -> {
                    return new Cycle(ps, false, null);
                }
                case 'D' -> {
                    int nl = ps.indexOf(separator);
                    if (nl < 0) {
                        return new Cycle(ps, false, null);
                    }
                    return new Cycle(ps, false, ps.substring(nl + 1));
                }
                case 'h' -> hold = ps;
                case 'H' -> hold = hold + separator + ps;
                case 'g' -> ps = hold;
                case 'G' -> ps = ps + separator + hold;
                case 'x' -> {
                    String t = ps;
                    ps = hold;
                    hold = t;
                }
                case 'z' -> ps = "";
                case '=' -> emit(Long.toString(lineNumber), false);
                case 'l' -> emit(SedText.visible(ps, c.intArg < 0 ? 70 : c.intArg), false);
                case 'i' -> emitRaw(c.text);
                case 'a' -> {
                    appended.append(c.text);
                    appendPending = true;
                }
                case 'r', 'R' -> appended.append(SedText.readFile(context, c.text));
                case 'w', 'W' -> write(c.text, c.name == 'W' && ps.contains("\n") ? ps.substring(0, ps.indexOf('\n')) : ps);
                case 'c' -> {
                    if (c.addr2 == null || !c.inRange || c.negate) {
                        emitRaw(c.text);
                    }
                    return new Cycle(ps, false, null);
                }
                case 'n' -> {
                    if (input.atLast()) {
                        return new Cycle(ps, true, null);
                    }
                    if (!quiet) {
                        emit(ps, input.missingNewline());
                    }
                    flushAppended();
                    ps = input.next();
                    lineNumber++;
                }
                case 'N' -> {
                    if (input.atLast()) {
                        return new Cycle(ps, true, null);
                    }
                    flushAppended();
                    ps = ps + separator + input.next();
                    lineNumber++;
                }
                case 'q' -> {
                    exitStatus = c.intArg;
                    return new Cycle(ps, true, null);
                }
                case 'Q' -> {
                    exitStatus = c.intArg;
                    return new Cycle(ps, false, null);
                }
                case 'y' -> ps = SedText.transliterate(ps, c.from, c.to);
                case 's' -> {
                    String r = substitute(c, ps);
                    if (r != null) {
                        ps = r;
                        substituted = true;
                        if (c.print) {
                            emit(ps, input.missingNewline());
                        }
                        if (c.writeFile != null) {
                            write(c.writeFile, ps);
                        }
                    }
                }
                case 'b' -> pc = c.jump < 0 ? commands.size() : c.jump;
                case 't', 'T' -> {
                    if (substituted == (c.name == 't')) {
                        pc = c.jump < 0 ? commands.size() : c.jump;
                    }
                    substituted = false;
                }
                case 'F' -> emit("-", false);
                default -> throw new IllegalStateException("sed command " + c.name);
            }
        }
        return new Cycle(ps, true, null);
    }

    private boolean selected(SedCommand c, String ps) throws IOException {
        boolean hit;
        if (c.addr1 == null) {
            hit = true;
        } else if (c.addr2 == null) {
            hit = matches(c.addr1, ps);
        } else if (c.inRange) {
            hit = true;
            boolean ends = switch (c.addr2.kind()) {
                case LINE -> lineNumber >= c.addr2.number();
                case PLUS -> lineNumber >= c.rangeEnd;
                case MULTIPLE -> c.addr2.number() <= 0 || lineNumber % c.addr2.number() == 0;
                default -> matches(c.addr2, ps);
            };
            if (ends) {
                c.inRange = false;
            }
        } else {
            hit = c.addr1.kind() == SedCommand.Address.Kind.ZERO ? false : matches(c.addr1, ps);
            if (c.addr1.kind() == SedCommand.Address.Kind.ZERO && lineNumber == 1 && !c.inRange) {
                hit = true;
                c.inRange = !matches(c.addr2, ps);
            } else if (hit) {
                switch (c.addr2.kind()) {
                    case LINE -> c.inRange = c.addr2.number() > lineNumber;
                    case PLUS -> {
                        c.rangeEnd = lineNumber + c.addr2.number();
                        c.inRange = c.addr2.number() > 0;
                    }
                    case MULTIPLE -> c.inRange = c.addr2.number() > 0 && lineNumber % c.addr2.number() != 0;
                    case LAST -> c.inRange = !input.atLast();
                    default -> c.inRange = true;
                }
            }
        }
        return hit != c.negate;
    }

    private boolean matches(SedCommand.Address a, String ps) throws IOException {
        return switch (a.kind()) {
            case LINE -> lineNumber == a.number();
            case ZERO -> false;
            case LAST -> input.atLast();
            case STEP -> a.step() <= 0 ? lineNumber == a.number()
                    : lineNumber >= a.number() && (lineNumber - a.number()) % a.step() == 0;
            case REGEX -> find(a.regex(), ps);
            default -> false;
        };
    }

    private Pattern regex(Pattern p) {
        if (p != null) {
            lastRegex = p;
            return p;
        }
        if (lastRegex == null) {
            throw new SedText.SedRuntimeException("no previous regular expression");
        }
        return lastRegex;
    }

    private boolean find(Pattern p, String ps) {
        return regex(p).matcher(PosixRegex.guarded(ps, context)).find();
    }

    private String substitute(SedCommand c, String ps) {
        Matcher m = regex(c.regex).matcher(PosixRegex.guarded(ps, context));
        StringBuilder sb = new StringBuilder();
        int count = 0;
        int copied = 0;
        int lastEnd = -1;
        boolean replaced = false;
        int from = 0;
        while (PosixRegex.find(m, from, ps.length())) {
            if (m.start() == m.end() && m.start() == lastEnd) {
                from = m.start() + 1;
                continue;
            }
            lastEnd = m.end();
            from = m.end() == m.start() ? m.end() + 1 : m.end();
            count++;
            if (count < c.occurrence) {
                continue;
            }
            sb.append(ps, copied, m.start());
            SedText.replacement(c.replacement, m, sb);
            copied = m.end();
            replaced = true;
            if (!c.global) {
                break;
            }
        }
        if (!replaced) {
            return null;
        }
        return sb.append(ps, copied, ps.length()).toString();
    }

    private void write(String file, String text) {
        if (file.equals("/dev/stdout")) {
            emit(text, false);
            return;
        }
        writes.computeIfAbsent(file, f -> new StringBuilder()).append(text).append('\n');
    }

    private void emit(String text, boolean noNewline) {
        if (outMissingNewline) {
            out.append(separator);
        }
        out.append(text);
        if (!noNewline) {
            out.append(separator);
        }
        outMissingNewline = noNewline;
    }

    private void emitRaw(String text) {
        if (outMissingNewline) {
            out.append(separator);
            outMissingNewline = false;
        }
        out.append(text);
    }

    private void flushAppended() {
        if (appendPending || appended.length() > 0) {
            emitRaw(appended.toString());
            appended.setLength(0);
            appendPending = false;
        }
    }
}
