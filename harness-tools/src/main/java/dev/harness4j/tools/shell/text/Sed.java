package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GNU sed: {@code -n -e -f -E/-r -i[SUF] -s}, addresses, ranges, blocks, the classic commands and GNU one-liners.
 * {@code -i} writes each file through a temporary file in the same directory moved over the original.
 */
final class Sed implements Command {
    private static final Map<String, Getopt.Arg> LONGS = new HashMap<>();

    static {
        for (String n : List.of("quiet", "silent", "regexp-extended", "separate", "posix", "unbuffered",
                "null-data", "debug", "sandbox", "follow-symlinks")) {
            LONGS.put(n, Getopt.Arg.NONE);
        }
        LONGS.put("expression", Getopt.Arg.REQUIRED);
        LONGS.put("file", Getopt.Arg.REQUIRED);
        LONGS.put("line-length", Getopt.Arg.REQUIRED);
        LONGS.put("in-place", Getopt.Arg.OPTIONAL);
    }

    @Override
    public String name() {
        return "sed";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws IOException {
        List<String> fixed = new ArrayList<>();
        String suffix = null;
        boolean inPlace = false;
        boolean options = true;
        for (int k = 0; k < args.size(); k++) {
            String a = args.get(k);
            options &= !a.equals("--");
            int at = a.indexOf('i');
            if (options && a.startsWith("-") && !a.startsWith("--") && at > 0
                    && a.substring(1, at).chars().allMatch(ch -> "nrEsuz".indexOf(ch) >= 0)) {
                inPlace = true;
                if (a.length() > at + 1) {
                    suffix = a.substring(at + 1);
                }
                if (at > 1) {
                    fixed.add(a.substring(0, at));
                }
                continue;
            }
            fixed.add(a);
            if (options && (a.equals("-e") || a.equals("-f") || a.equals("-l")) && k + 1 < args.size()) {
                fixed.add(args.get(++k));
            }
        }
        Getopt g = new Getopt("nrEse:f:l:uz", LONGS);
        StringBuilder script = null;
        boolean quiet = false;
        boolean extended = false;
        boolean separate = false;
        boolean nulData = false;
        try {
            g.parse(fixed);
            for (Getopt.Opt o : g.opts) {
                switch (o.name()) {
                    case "n", "quiet", "silent" -> quiet = true;
                    case "r", "E", "regexp-extended" -> extended = true;
                    case "s", "separate" -> separate = true;
                    case "z", "null-data" -> nulData = true;
                    case "in-place" -> {
                        inPlace = true;
                        suffix = o.value();
                    }
                    case "e", "expression", "f", "file" -> {
                        String piece = o.name().startsWith("e") ? o.value() : fileScript(context, o.value());
                        script = script == null ? new StringBuilder(piece) : script.append('\n').append(piece);
                    }
                    default -> {
                    }
                }
            }
        } catch (Getopt.UsageException e) {
            TextIo.err(context, "sed", e.getMessage());
            return 1;
        } catch (TextIo.InputException e) {
            return 1;
        }
        List<String> operands = new ArrayList<>(g.operands);
        if (script == null) {
            if (operands.isEmpty()) {
                context.stderr().write("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n"
                        .getBytes(StandardCharsets.UTF_8));
                return 1;
            }
            script = new StringBuilder(operands.remove(0));
        }
        List<SedCommand> commands;
        try {
            commands = SedParser.parse(script.toString(), extended);
        } catch (SedParser.SedException e) {
            TextIo.err(context, "sed", e.getMessage());
            return 1;
        }
        SedRun run = new SedRun(context, commands, quiet, nulData ? '\0' : '\n');
        if (operands.isEmpty()) {
            if (inPlace) {
                TextIo.err(context, "sed", "no input files");
                return 1;
            }
            operands.add("-");
        }
        try {
            int status = inPlace ? inPlace(context, run, operands, suffix)
                    : stream(context, run, operands, separate);
            writeFiles(context, run);
            return run.exitStatus >= 0 ? run.exitStatus : status;
        } catch (SedText.SedRuntimeException e) {
            TextIo.err(context, "sed", "-e expression #1, char 0: " + e.getMessage());
            return 1;
        }
    }

    private static String fileScript(CommandContext context, String name) throws IOException, TextIo.InputException {
        try {
            String text = TextIo.readText(context, name);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (TextIo.InputException e) {
            TextIo.err(context, "sed", "couldn't open file " + name + ": " + e.getMessage());
            throw e;
        }
    }

    private static int stream(CommandContext context, SedRun run, List<String> operands, boolean separate)
            throws IOException {
        StringBuilder out = new StringBuilder();
        SedInput input = new SedInput(context, operands, run.separator);
        if (separate) {
            for (String operand : operands) {
                SedInput one = new SedInput(context, List.of(operand), run.separator);
                run.run(one, out, true);
                input.status |= one.status;
                if (run.exitStatus >= 0) {
                    break;
                }
            }
        } else {
            run.run(input, out, true);
        }
        TextIo.out(context, out);
        return input.status;
    }

    private static int inPlace(CommandContext context, SedRun run, List<String> operands, String suffix)
            throws IOException {
        int status = 0;
        for (String operand : operands) {
            Path target;
            try {
                target = TextIo.resolve(context, operand, Intent.WRITE);
            } catch (TextIo.InputException e) {
                TextIo.err(context, "sed", "couldn't edit " + operand + ": " + e.getMessage());
                status = 4;
                continue;
            }
            if (Files.isDirectory(target)) {
                TextIo.err(context, "sed", "couldn't edit " + operand + ": not a regular file");
                status = 4;
                continue;
            }
            if (!Files.exists(target)) {
                TextIo.err(context, "sed", "can't read " + operand + ": No such file or directory");
                status = 2;
                continue;
            }
            SedInput one = new SedInput(context, List.of(operand), run.separator);
            StringBuilder out = new StringBuilder();
            run.run(one, out, true);
            if (suffix != null && !suffix.isEmpty()) {
                String backup = suffix.contains("*") ? suffix.replace("*", target.getFileName().toString())
                        : target.getFileName() + suffix;
                Files.copy(target, target.resolveSibling(backup), StandardCopyOption.REPLACE_EXISTING);
            }
            Path temp = target.resolveSibling(".sed-" + target.getFileName() + ".tmp");
            Files.write(temp, out.toString().getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            if (run.exitStatus >= 0) {
                break;
            }
        }
        return status;
    }

    private static void writeFiles(CommandContext context, SedRun run) throws IOException {
        for (Map.Entry<String, StringBuilder> e : run.writes.entrySet()) {
            if (e.getKey().equals("/dev/null")) {
                continue;
            }
            if (e.getKey().equals("/dev/stderr")) {
                context.stderr().write(e.getValue().toString().getBytes(StandardCharsets.UTF_8));
                continue;
            }
            try {
                Path p = TextIo.resolve(context, e.getKey(), Intent.WRITE);
                Files.write(p, e.getValue().toString().getBytes(StandardCharsets.UTF_8));
            } catch (TextIo.InputException ex) {
                TextIo.err(context, "sed", "couldn't open file " + e.getKey() + ": " + ex.getMessage());
            }
        }
    }
}
