package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.tools.shell.files.BaseCommand.UsageException;
import dev.harness4j.workspace.Intent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where each source of mv/cp goes: into a target directory, or onto the single target (GNU's rules). */
final class Targets {
    /** One source and its destination, with the texts GNU shows for both. */
    record Move(String source, String dest, Path destPath) {
    }

    private Targets() {
    }

    static List<Move> plan(CommandContext context, Options o, List<String> operands) throws UsageException,
            Fs.PathError {
        String targetDir = o.value("t");
        List<String> sources;
        String target;
        if (targetDir != null) {
            sources = operands;
            target = targetDir;
            if (sources.isEmpty()) {
                throw new UsageException("missing file operand");
            }
        } else {
            if (operands.isEmpty()) {
                throw new UsageException("missing file operand");
            }
            if (operands.size() == 1) {
                throw new UsageException("missing destination file operand after " + BaseCommand.quote(
                        operands.get(0)));
            }
            sources = operands.subList(0, operands.size() - 1);
            target = operands.get(operands.size() - 1);
        }
        Path targetPath = Fs.follow(context, target, Intent.WRITE);
        boolean intoDir = !o.has("T") && Files.isDirectory(targetPath);
        if (!intoDir && (sources.size() > 1 || targetDir != null)) {
            throw new UsageException("target " + BaseCommand.quote(target) + (Files.exists(targetPath)
                    ? " is not a directory" : ": No such file or directory"), false);
        }
        List<Move> moves = new ArrayList<>();
        for (String source : sources) {
            if (intoDir) {
                String name = baseName(source);
                moves.add(new Move(source, Fs.join(target, name), targetPath.resolve(name)));
            } else {
                moves.add(new Move(source, target, Fs.noFollow(context, target, Intent.WRITE)));
            }
        }
        return moves;
    }

    static String baseName(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
