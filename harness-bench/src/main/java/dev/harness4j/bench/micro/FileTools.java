package dev.harness4j.bench.micro;

import dev.harness4j.bench.turn.WorkDir;
import dev.harness4j.hands.StandaloneToolContext;
import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.tools.bash.BashTool;
import dev.harness4j.tools.file.GlobTool;
import dev.harness4j.tools.file.GrepTool;
import dev.harness4j.tools.file.ReadTool;
import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The read, grep and glob tools over a 200-file tree (20 directories of 10 Java-like files of about 1.5 KB, one line
 * in 20 holding a NOTE), in a Jimfs workspace and in a host directory; and the {@code bash} tool running a pipeline over
 * it (the Java shell on Jimfs, jailed {@code /bin/bash} on the host directory).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FileTools {
    /** The workspace kind: {@code jimfs} or {@code host}. */
    @Param({"jimfs", "host"})
    public String fs;

    private Path dir;
    private Workspace workspace;
    private StandaloneToolContext context;
    private final Tool read = new ReadTool();
    private final Tool grep = new GrepTool();
    private final Tool glob = new GlobTool();
    private final Tool bash = new BashTool();
    private ToolCall readCall;
    private ToolCall grepCall;
    private ToolCall globCall;
    private ToolCall bashCall;

    /** Builds the tree. */
    @Setup(Level.Trial)
    public void tree() throws IOException {
        if (fs.equals("host")) {
            dir = Files.createTempDirectory(WorkDir.get(), "tools-");
            Path ws = Files.createDirectories(dir.resolve("workspace"));
            workspace = Workspaces.hostDirectory(ws, dir.resolve("session"));
        } else {
            workspace = Workspaces.inMemory(InMemoryOptions.defaults());
        }
        for (int d = 0; d < 20; d++) {
            for (int f = 0; f < 10; f++) {
                workspace.seed("src/pkg" + d + "/File" + f + ".java", source(d, f).getBytes(StandardCharsets.UTF_8));
            }
        }
        context = StandaloneToolContext.of(workspace);
        readCall = new ToolCall("toolu_read", ReadTool.NAME, Map.of("file_path", "/workspace/src/pkg7/File3.java"));
        grepCall = new ToolCall("toolu_grep", "grep", Map.of("pattern", "NOTE"));
        globCall = new ToolCall("toolu_glob", "glob", Map.of("pattern", "**/*.java"));
        // the Java shell on Jimfs, jailed /bin/bash (bubblewrap) on the host directory; the shell persists per session
        bashCall = new ToolCall("toolu_bash", "bash", Map.of("command", "grep -rn NOTE src | sort | head -5 | wc -l"));
        for (ToolCall c : new ToolCall[] {readCall, grepCall, globCall, bashCall}) {
            ToolResult r = tool(c).execute(c, context);
            if (r.isError()) {
                throw new IllegalStateException(c.name() + " failed in set-up: " + r.text());
            }
        }
    }

    private Tool tool(ToolCall c) {
        return c == readCall ? read : c == grepCall ? grep : c == bashCall ? bash : glob;
    }

    private static String source(int d, int f) {
        StringBuilder sb = new StringBuilder("package pkg" + d + ";\n\npublic final class File" + f + " {\n");
        for (int i = 0; sb.length() < 1500; i++) {
            sb.append(i % 20 == 7 ? "    // NOTE: handle case " + i + "\n" : "    int field" + i + " = " + (i * 31 + d) + ";\n");
        }
        return sb.append("}\n").toString();
    }

    /** Reads one file. */
    @Benchmark
    public ToolResult readFile() {
        return read.execute(readCall, context);
    }

    /** Greps the tree for NOTE. */
    @Benchmark
    public ToolResult grepTree() {
        return grep.execute(grepCall, context);
    }

    /** Globs every Java file. */
    @Benchmark
    public ToolResult globTree() {
        return glob.execute(globCall, context);
    }

    /** Runs a four-stage pipeline over the tree through the {@code bash} tool. */
    @Benchmark
    public ToolResult bashPipeline() {
        return bash.execute(bashCall, context);
    }

    /** Closes the workspace and removes the host tree. */
    @TearDown(Level.Trial)
    public void close() throws Exception {
        context.close();
        workspace.close();
        WorkDir.delete(dir);
    }
}
