package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opening a file operand for reading, {@code -} being stdin, with GNU's message when it cannot be read. */
final class Inputs {
    /** The one device the commands know: reads as empty, swallows writes. */
    static final String DEV_NULL = "/dev/null";

    private Inputs() {
    }

    /** The stream, or throws with the errno text; directories are refused with "Is a directory". */
    static InputStream open(CommandContext context, String operand) throws Fs.PathError {
        if (operand.equals("-")) {
            return new java.io.FilterInputStream(context.stdin()) {
                @Override
                public void close() {
                    // stdin stays open
                }
            };
        }
        if (operand.equals(DEV_NULL)) {
            return InputStream.nullInputStream();
        }
        Path p = Fs.follow(context, operand, Intent.READ);
        if (Files.isDirectory(p)) {
            throw new Fs.PathError("Is a directory");
        }
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw new Fs.PathError(Fs.errno(e));
        }
    }

    static byte[] readAll(CommandContext context, String operand) throws Fs.PathError, IOException {
        try (InputStream in = open(context, operand)) {
            return in.readAllBytes();
        }
    }
}
