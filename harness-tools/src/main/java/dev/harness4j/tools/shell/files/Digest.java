package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** {@code sha256sum} and {@code md5sum}: {@code HASH  NAME} lines, {@code -} for stdin, {@code -c} to check a list. */
final class Digest extends BaseCommand {
    private final String algorithm;

    private Digest(String name, String algorithm) {
        super(name);
        this.algorithm = algorithm;
    }

    static Digest sha256() {
        return new Digest("sha256sum", "SHA-256");
    }

    static Digest md5() {
        return new Digest("md5sum", "MD5");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "cbtzw", true, "check=c", "binary=b", "text=t", "zero=z", "warn=w",
                "quiet", "status", "strict", "tag", "ignore-missing");
        List<String> operands = o.operands().isEmpty() ? List.of("-") : o.operands();
        if (o.has("c")) {
            return new DigestCheck(this, context, o).run(operands);
        }
        int status = 0;
        StringBuilder out = new StringBuilder();
        for (String operand : operands) {
            context.checkCancelled();
            try {
                String hash = hash(context, operand);
                if (o.has("tag")) {
                    out.append(algorithm.replace("-", "")).append(" (").append(operand).append(") = ").append(hash);
                } else {
                    out.append(hash).append("  ").append(operand);
                }
                out.append(o.has("z") ? '\0' : '\n');
            } catch (Fs.PathError e) {
                write(context.stdout(), out.toString());
                out.setLength(0);
                error(context, quoteIfNeeded(operand) + ": " + e.getMessage());
                status = 1;
            }
        }
        write(context.stdout(), out.toString());
        return status;
    }

    /** The hex digest of a file operand. */
    String hash(CommandContext context, String operand) throws Fs.PathError, IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
        try (InputStream in = Inputs.open(context, operand)) {
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                context.checkCancelled();
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    int hexLength() {
        return algorithm.equals("MD5") ? 32 : 64;
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
