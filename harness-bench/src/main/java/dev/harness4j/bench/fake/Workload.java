package dev.harness4j.bench.fake;

import java.util.Map;

/** The shared workload of the per-turn benchmark: one 2 KB file, one tool call shape, one final answer. */
public final class Workload {
    /** The file every contestant's tool reads (relative to {@code /workspace} in harness4j). */
    public static final String FILE = "notes/data.txt";
    /** The tool name the scripted model calls in every harness. */
    public static final String TOOL = "read";
    /** The argument name of that tool. */
    public static final String ARG = "file_path";
    /** The tool arguments, as JSON and as a map. */
    public static final String ARGS_JSON = "{\"" + ARG + "\":\"/workspace/" + FILE + "\"}";
    /** The same arguments as a map (for ADK's function calls). */
    public static final Map<String, Object> ARGS = Map.of(ARG, "/workspace/" + FILE);
    /** The model's final answer. */
    public static final String ANSWER = "Done: I read the file.";
    /** The user's message for one exchange. */
    public static final String QUESTION = "Read notes/data.txt and summarise it.";
    /** The 2 KB file content (2048 ASCII bytes in 32 lines). */
    public static final String CONTENT = content();

    private Workload() {
    }

    private static String content() {
        StringBuilder sb = new StringBuilder(2048);
        for (int line = 0; line < 32; line++) {
            sb.append(String.format("%04d ", line));
            for (int i = 5; i < 63; i++) {
                sb.append((char) ('a' + (line * 7 + i) % 26));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
