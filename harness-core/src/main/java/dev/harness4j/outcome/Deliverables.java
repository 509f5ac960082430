package dev.harness4j.outcome;

import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.PathOutsideWorkspaceException;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.WorkspaceException;
import dev.harness4j.workspace.WorkspacePath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the deliverables of an outcome: the files under {@code /mnt/session/outputs/} of a workspace, sorted by
 * path, each read through the workspace's jail. Text (UTF-8 without NUL bytes) is shown up to the per-file and total
 * byte caps, with a note when cut; binary files, links that lead outside the workspace and files past the count or
 * total cap are listed with a note instead of their bytes. Links are not followed while walking (a link to a
 * directory is skipped); files past {@link DeliverableLimits#maxListed()} are left out.
 */
public final class Deliverables {
    private static final Logger LOG = LoggerFactory.getLogger(Deliverables.class);

    /** Where an agent writes its deliverables. */
    public static final String OUTPUTS = "/mnt/session/outputs";

    private Deliverables() {
    }

    /** The deliverables in {@code workspace} under the default limits. */
    public static List<Deliverable> collect(Workspace workspace) {
        return collect(workspace, DeliverableLimits.DEFAULTS);
    }

    /**
     * The deliverables in {@code workspace}; empty when it has no outputs mount or the directory is empty.
     *
     * @throws WorkspaceException when the outputs directory cannot be listed
     */
    public static List<Deliverable> collect(Workspace workspace, DeliverableLimits limits) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(limits, "limits");
        if (workspace.mounts().mountFor(OUTPUTS).isEmpty()) {
            return List.of();
        }
        WorkspacePath root = workspace.resolve(OUTPUTS, Intent.READ);
        if (!Files.isDirectory(root.real())) {
            return List.of();
        }
        List<String> paths = listFiles(workspace, root.real());
        List<Deliverable> out = new ArrayList<>();
        long used = 0;
        for (String path : paths) {
            if (out.size() >= limits.maxListed()) {
                LOG.debug("deliverables: {} files, listing only the first {}", paths.size(), limits.maxListed());
                break;
            }
            if (out.size() >= limits.maxFiles()) {
                out.add(Deliverable.omitted(path, "not shown: the grader is shown at most " + limits.maxFiles()
                        + " files"));
                continue;
            }
            Read read = read(workspace, path, limits.maxFileBytes(), limits.maxTotalBytes() - used);
            used += read.bytesShown;
            if (read.deliverable != null) {
                out.add(read.deliverable);
            }
        }
        return List.copyOf(out);
    }

    /** The logical paths of every non-directory entry under {@code root}, sorted; links are listed, not followed. */
    private static List<String> listFiles(Workspace workspace, Path root) {
        List<String> paths = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    paths.add(workspace.toLogical(file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    paths.add(workspace.toLogical(file));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new WorkspaceException("cannot list " + OUTPUTS + ": " + e.getMessage(), e);
        }
        paths.sort(null);
        return paths;
    }

    /** One file's deliverable (null for a link to a directory) and how many bytes of text it shows. */
    private record Read(Deliverable deliverable, long bytesShown) {
    }

    private static Read read(Workspace workspace, String path, int maxFileBytes, long budget) {
        Path real;
        try {
            real = workspace.resolve(path, Intent.READ).real();
        } catch (PathOutsideWorkspaceException e) {
            return new Read(Deliverable.omitted(path, "not shown: a link that leads outside the workspace"), 0);
        } catch (WorkspaceException e) {
            return new Read(Deliverable.omitted(path, "not shown: " + e.getMessage()), 0);
        }
        if (Files.isDirectory(real)) {
            return new Read(null, 0);
        }
        if (!Files.isRegularFile(real)) {
            return new Read(Deliverable.omitted(path, "not shown: not a regular file"), 0);
        }
        try {
            long size = Files.size(real);
            if (budget <= 0 && size > 0) {
                return new Read(Deliverable.omitted(path, "not shown: " + size + " bytes; the deliverables' total "
                        + "size cap was reached"), 0);
            }
            int cap = (int) Math.min(maxFileBytes, Math.max(0, budget));
            byte[] bytes;
            try (InputStream in = Files.newInputStream(real)) {
                bytes = in.readNBytes(cap);
            }
            boolean cut = size > bytes.length;
            String text = decodeText(bytes, cut);
            if (text == null) {
                return new Read(Deliverable.omitted(path, "binary file, " + size + " bytes, not shown"), 0);
            }
            if (cut) {
                int shown = text.getBytes(StandardCharsets.UTF_8).length;
                return new Read(new Deliverable(path, text, "truncated: showing the first " + shown + " of " + size
                        + " bytes"), shown);
            }
            return new Read(Deliverable.text(path, text), bytes.length);
        } catch (IOException e) {
            return new Read(Deliverable.omitted(path, "not shown: it could not be read (" + e.getMessage() + ")"), 0);
        }
    }

    /**
     * The bytes as UTF-8 text, or null when they look binary: a NUL byte or malformed UTF-8 (an incomplete character
     * at the end of a cut read is dropped, not counted as malformed).
     */
    static String decodeText(byte[] bytes, boolean cut) {
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        int maxDrop = cut ? Math.min(3, bytes.length) : 0;
        for (int drop = 0; drop <= maxDrop; drop++) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, bytes.length - drop))
                        .toString();
            } catch (CharacterCodingException e) {
                // try without the last byte of a cut read; otherwise binary
            }
        }
        return null;
    }
}
