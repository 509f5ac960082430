package dev.harness4j.tools.file;

import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.WorkspaceException;
import dev.harness4j.workspace.WorkspacePath;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code glob} tool: {@code {pattern, path?}}. Lists the files matching a doublestar glob, newest first, as
 * absolute logical paths (the reference implementations print absolute paths too), at most 200 of them.
 *
 * <p>A relative pattern is matched below {@code path} (default {@code /workspace}). An absolute pattern is allowed
 * when its leading literal directories resolve inside the workspace ({@code /mnt/session/uploads/*.csv}); then
 * {@code path} is ignored. {@code ..} segments are refused. Every match is resolved through the workspace again, so a
 * symbolic link that leads outside is dropped.
 */
public final class GlobTool extends FileTool {
    /** The tool name. */
    public static final String NAME = "glob";
    /** At most this many paths are listed. */
    static final int MAX_RESULTS = 200;

    private final int maxEntries;

    /** Creates the tool. */
    public GlobTool() {
        this(TreeWalker.MAX_ENTRIES);
    }

    /** Creates the tool with another walk cap (tests). */
    GlobTool(int maxEntries) {
        super(Schemas.spec(NAME,
                "Find files by name with a glob pattern and list their absolute paths, most recently modified "
                        + "first (at most 200). Supports ** (any number of directories), * (any characters "
                        + "within a name), ?, [abc], [a-z], [!abc] and {a,b}; e.g. **/*.java or "
                        + "src/**/{Foo,Bar}*.ts. The pattern is matched below path (default /workspace); an "
                        + "absolute pattern inside the workspace such as /mnt/session/uploads/*.csv is also "
                        + "accepted (path is then ignored). .git and node_modules are skipped. Use grep to "
                        + "search file contents.",
                JsonObjectSchema.builder()
                        .addStringProperty("pattern", "Glob pattern, relative to path, or absolute inside the "
                                + "workspace")
                        .addStringProperty("path", "Directory to search in; defaults to /workspace")
                        .required("pattern")
                        .build()));
        this.maxEntries = maxEntries;
    }

    @Override
    String run(ToolCall call, ToolContext context) throws IOException {
        String pattern = call.requiredString("pattern");
        Workspace workspace = context.workspace();
        Search search = search(workspace, pattern, call.string("path"));
        if (!Files.isDirectory(search.base().real())) {
            return "no matches";
        }
        String baseLogical = search.baseLogical();
        GlobPattern glob = search.glob();
        List<Match> matches = new ArrayList<>();
        TreeWalker.Outcome outcome = new TreeWalker(maxEntries, context::cancelled)
                .walk(search.base().real(), (real, relative, attrs) -> {
                    if (glob.matches(relative)) {
                        String logical = baseLogical + "/" + relative;
                        Match m = attrs.isRegularFile() ? new Match(logical, attrs.lastModifiedTime().toMillis())
                                : attrs.isSymbolicLink() ? confirm(workspace, logical) : null;
                        if (m != null) {
                            matches.add(m);
                        }
                    }
                    return true;
                });
        if (outcome == TreeWalker.Outcome.CANCELLED) {
            throw new ToolFailure("cancelled before the search finished");
        }
        return render(workspace, matches, outcome == TreeWalker.Outcome.ENTRY_CAP_REACHED ? maxEntries : 0);
    }

    /**
     * Where to walk and what to match there. The pattern's leading literal directories are resolved through the
     * workspace (an absolute pattern's against the root of the logical namespace, a relative one's below
     * {@code path}), and only the rest of the pattern is matched during the walk.
     */
    private static Search search(Workspace workspace, String pattern, String path) {
        boolean absolute = pattern.startsWith("/");
        GlobPattern full = GlobPattern.compile(absolute ? pattern.substring(1) : pattern);
        String rootLogical = "";
        if (!absolute) {
            String root = path == null || path.isBlank() ? workspace.workingDirectory() : path;
            rootLogical = directory(workspace.resolve(root, Intent.READ)).logical();
        }
        String baseLogical = rootLogical + full.literalPrefix().stream().map(s -> "/" + s)
                .collect(Collectors.joining());
        try {
            WorkspacePath base = workspace.resolve(baseLogical.isEmpty() ? "/" : baseLogical, Intent.READ);
            return new Search(baseLogical, base, full.withoutLiteralPrefix());
        } catch (WorkspaceException e) {
            if (absolute) {
                throw new ToolFailure("absolute pattern " + pattern + " is outside the workspace; use a relative "
                        + "pattern with path, or start it with a workspace directory such as /workspace/");
            }
            throw e;
        }
    }

    private static WorkspacePath directory(WorkspacePath root) {
        if (!Files.exists(root.real())) {
            throw new ToolFailure("no such directory: " + root.logical());
        }
        if (!Files.isDirectory(root.real())) {
            throw new ToolFailure("path " + root.logical() + " is not a directory; use read to see a file");
        }
        return root;
    }

    /**
     * Resolves a candidate through the workspace: null when it escapes or is not a regular file. Symbolic links are
     * checked when found, every listed path once more before it is listed.
     */
    private static Match confirm(Workspace workspace, String logical) {
        try {
            Path real = workspace.resolve(logical, Intent.READ).real();
            BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class);
            return attrs.isRegularFile() ? new Match(logical, attrs.lastModifiedTime().toMillis()) : null;
        } catch (WorkspaceException | IOException e) {
            return null;
        }
    }

    /** The listing; {@code walkCap} is the cap the walk stopped at, or 0 when it finished. */
    private static String render(Workspace workspace, List<Match> matches, int walkCap) {
        boolean walkCapped = walkCap > 0;
        String capNote = "[stopped after looking at " + walkCap + " entries; results may be "
                + "incomplete; narrow the pattern or path]";
        matches.sort(Comparator.comparingLong(Match::mtimeMillis).reversed().thenComparing(Match::logical));
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < matches.size() && shown < MAX_RESULTS; i++) {
            // resolve again right before listing: a directory swapped for a link during the walk cannot leak
            if (confirm(workspace, matches.get(i).logical()) != null) {
                out.append(matches.get(i).logical()).append('\n');
                shown++;
            }
        }
        if (shown == 0) {
            return walkCapped ? "no matches\n" + capNote : "no matches";
        }
        if (matches.size() > MAX_RESULTS) {
            out.append("[showing the " + MAX_RESULTS + " newest of " + matches.size() + " matches; narrow the "
                    + "pattern or path]\n");
        }
        if (walkCapped) {
            out.append(capNote).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private record Match(String logical, long mtimeMillis) {
    }

    /** The walk's base as listed ({@code baseLogical}) and as resolved, and the pattern below it. */
    private record Search(String baseLogical, WorkspacePath base, GlobPattern glob) {
    }
}
