package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * {@code stat [-L] [-c FORMAT | --printf FORMAT] FILE...}: owner {@code user} (1000), modes 644/755, ext4-style
 * sizes and blocks; access, change and birth times are the modification time.
 */
final class Stat extends BaseCommand {
    private static final String DEFAULT = "  File: %\u0001\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n"
            + "Device: %Hd,%Ld\tInode: %-11i Links: %h\nAccess: (%04a/%A)  Uid: ( %5u/%8U)   Gid: ( %5g/%8G)\n"
            + "Access: %x\nModify: %y\nChange: %z\n Birth: %w\n";

    Stat() {
        super("stat");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "Lc:tf", true, "dereference=L", "format=c", "printf:", "terse=t");
        if (o.operands().isEmpty()) {
            throw new UsageException("missing operand");
        }
        String format = o.has("c") ? o.value("c") + "\n" : o.has("printf") ? escapes(o.value("printf")) : DEFAULT;
        int status = 0;
        for (String operand : o.operands()) {
            try {
                Path p = o.has("L") ? Fs.follow(context, operand, Intent.READ)
                        : Fs.noFollow(context, operand, Intent.READ);
                BasicFileAttributes a = Fs.attrs(p, false);
                if (a == null) {
                    throw new Fs.PathError("No such file or directory");
                }
                write(context.stdout(), StatFormat.render(format, operand, p, a));
            } catch (Fs.PathError e) {
                error(context, "cannot stat" + (o.has("L") ? " " : "x ") + quote(operand) + ": " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    private static String escapes(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    }
}
