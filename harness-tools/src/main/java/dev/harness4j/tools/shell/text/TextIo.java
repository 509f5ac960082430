package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.tools.shell.ShellPathException;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading operands and writing output for the text utilities. Input is decoded as UTF-8; input that is not valid
 * UTF-8 is decoded as ISO-8859-1 instead (so every byte survives as one character), and output is always UTF-8.
 */
final class TextIo {
    private TextIo() {
    }

    /** Why an operand could not be read, in errno words ({@code No such file or directory}). */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The text of input bytes: UTF-8 when valid, ISO-8859-1 otherwise. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** All of stdin. */
    static byte[] readStdin(CommandContext context) throws IOException {
        InputStream in = context.stdin();
        return in == null ? new byte[0] : in.readAllBytes();
    }

    /** The bytes of an operand: {@code -} is stdin, anything else a file resolved against the shell's cwd. */
    static byte[] read(CommandContext context, String operand) throws IOException, InputException {
        if ("-".equals(operand) || "/dev/stdin".equals(operand)) {
            return readStdin(context);
        }
        if ("/dev/null".equals(operand)) {
            return new byte[0];
        }
        Path path = resolve(context, operand, Intent.READ);
        if (Files.isDirectory(path)) {
            throw new InputException("Is a directory");
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw new InputException("No such file or directory");
        } catch (AccessDeniedException e) {
            throw new InputException("Permission denied");
        }
    }

    /** The backing path of an operand, with the jail's refusal turned into an {@link InputException}. */
    static Path resolve(CommandContext context, String operand, Intent intent) throws InputException {
        try {
            return context.resolve(operand, intent);
        } catch (ShellPathException e) {
            throw new InputException(e.getMessage());
        }
    }

    /** The text of an operand. */
    static String readText(CommandContext context, String operand) throws IOException, InputException {
        return decode(read(context, operand));
    }

    /** Writes text as UTF-8 to stdout. */
    static void out(CommandContext context, CharSequence text) throws IOException {
        context.stdout().write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code tool: message} and a newline to stderr. */
    static void err(CommandContext context, String tool, String message) throws IOException {
        context.stderr().write((tool + ": " + message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Text split into lines without their terminators, remembering whether the last one lacked a newline. */
    record Lines(List<String> lines, boolean missingFinalNewline) {

        /** Splits on {@code \n}; an empty text has no lines. */
        static Lines of(String text) {
            return of(text, '\n');
        }

        /** Splits on a separator character ({@code \0} for NUL-separated data). */
        static Lines of(String text, char separator) {
            List<String> lines = new ArrayList<>();
            int start = 0;
            int n = text.length();
            while (start < n) {
                int nl = text.indexOf(separator, start);
                if (nl < 0) {
                    lines.add(text.substring(start));
                    return new Lines(lines, true);
                }
                lines.add(text.substring(start, nl));
                start = nl + 1;
            }
            return new Lines(lines, false);
        }
    }
}
