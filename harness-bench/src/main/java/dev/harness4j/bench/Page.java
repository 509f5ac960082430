package dev.harness4j.bench;

import dev.harness4j.bench.report.Row;
import dev.harness4j.bench.report.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The results page: the machine, the profile, the table, the footnotes and what failed. */
final class Page {
    private Page() {
    }

    static String render(Table table, Profile profile, Instant started, long seconds, List<String> jmhFailures,
                         List<String> scenarioFailures) {
        StringBuilder sb = new StringBuilder();
        sb.append("### harness4j benchmark results\n\n");
        sb.append("- Run: ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(", profile ")
                .append(profile.describe()).append(String.format(Locale.ROOT, "; took %d min %02d s%n",
                        seconds / 60, seconds % 60));
        sb.append("- Machine: ").append(machine()).append('\n');
        sb.append("- Reproduce: `mvn -q -B -DskipTests package && java -jar harness-bench/target/benchmarks.jar`")
                .append(" (add `--full` for publication runs)\n\n");
        sb.append(table.markdown()).append('\n');
        long met = table.rows().stream().map(Row::met).filter(Boolean.TRUE::equals).count();
        long missed = table.rows().stream().map(Row::met).filter(Boolean.FALSE::equals).count();
        sb.append("Targets: ").append(met).append(" met, ").append(missed).append(" missed.\n\n");
        sb.append(FOOTNOTES);
        if (!jmhFailures.isEmpty() || !scenarioFailures.isEmpty()) {
            sb.append("\nFailures during this run:\n\n```\n");
            Stream.concat(jmhFailures.stream(), scenarioFailures.stream()).forEach(f -> sb.append(f).append('\n'));
            sb.append("```\n");
        }
        return sb.toString();
    }

    private static final String FOOTNOTES = """
            ¹ A *turn* is one model reply that calls the `read` tool, the tool call, and its result recorded. One \
            exchange is a user message, N turns and a final answer, in a fresh session; the value is the exchange's \
            time ÷ N. The history grows from 0 to N tool calls during the exchange, so N = 1,000 against N = 10 shows \
            whether a turn costs more as the session grows. The model is a zero-latency script returning the same \
            replies to every contestant. harness4j's built-in `read` tool reads a 2 KB file from an in-memory (Jimfs) \
            workspace; ADK and LangChain4j have no workspace, so their tool returns the same 2 KB string from memory. \
            Each peer is used as its documentation shows; the only settings changed raise their loop limits \
            (ADK `maxLlmCalls`, LangChain4j `maxToolCallingRoundTrips`, a chat memory that keeps every message) \
            so that 1,000 tool calls fit in one exchange.

            ² JMH's gc profiler (`gc.alloc.rate.norm`, all threads) ÷ N; it includes each contestant's fresh-session \
            set-up per exchange (harness4j: session and Jimfs workspace; ADK: session; LangChain4j: chat memory).

            ³ One in-memory harness, an in-memory environment without seed files, sessions created and never run \
            (each holds its provisioned Jimfs workspace); heap in use after full collections, before and after.

            ⁴ Group commit shares one fsync among the concurrent appenders of one session file, so 8 threads append \
            to one session; files live under `harness-bench/target/bench-work` (the build's disk).

            ⁵ The session's log is 1,000 exchanges of 100 events (user message, 23 read tool calls with 200-byte \
            results, answer). The harness (directory store and file log) is closed, reopened, and the session \
            retrieved until its status is known; median of the reopens after the first.

            ⁶ Every session is driven by its own client thread; a turn is a user message answered by one model call \
            that sleeps 50 ms; the ideal wall time is 10 × 50 ms. The default executor is the harness's own fixed \
            pool; the virtual-thread run passes `Executors.newVirtualThreadPerTaskExecutor()` to \
            `Harness.builder().executor(...)`. The default profile runs fewer sessions on the default executor \
            (1,000 × 10 × 50 ms on 2 threads would take 250 s by construction); `--full` runs 1,000.

            ⁷ The per-turn value spreads each exchange's fixed costs (send, stream, the final answer) over its \
            N turns, which flatters N = 1,000. The marginal cost, (exchange at N = 1,000 − exchange at N = 10) \
            ÷ 990, is what turns 11 to 1,000 cost on average while the session holds 10 to 1,000 tool calls: \
            compare it with the N = 10 row to see the growth without that effect.
            """;

    private static String machine() {
        String cpu = firstLine(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim())
                .orElse(System.getProperty("os.arch"));
        String mem = firstLine(Path.of("/proc/meminfo"), "MemTotal").map(l -> {
            long kb = Long.parseLong(l.replaceAll("\\D", ""));
            return String.format(Locale.ROOT, ", %.0f GB RAM", kb / 1024.0 / 1024.0);
        }).orElse("");
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores" + mem + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", JDK "
                + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")";
    }

    private static Optional<String> firstLine(Path file, String prefix) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
