package dev.harness4j.tools.bash;

import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.hands.ToolInputException;
import dev.harness4j.hands.ToolResult;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code bash} tool: {@code {command?, restart?, timeout_ms?}} run in the session's persistent shell, so the
 * working directory and exported variables carry over between calls. An in-memory workspace gets the Java shell, a
 * host directory a bubblewrap-jailed {@code /bin/bash}.
 *
 * <p>Results: stdout and stderr interleaved, ANSI escapes removed, at most {@link Builder#maxOutputBytes} bytes, the
 * tail kept behind a {@code [output truncated: N bytes dropped]} line; empty output reads {@code (no output)}. Exit
 * status 0 is a success; any other status is an error result ending with {@code [exit code: N]}. A timeout or a
 * cancellation is an error result that says so, followed by the output so far; the shell is then discarded and the
 * next call starts a fresh one.
 *
 * <p>The shell is a session resource keyed by type: every {@code BashTool} instance a session uses shares it.
 */
public final class BashTool implements Tool {
    private static final Logger LOG = LoggerFactory.getLogger(BashTool.class);
    /** The timeout when a call gives none: 120,000 ms. */
    public static final long DEFAULT_TIMEOUT_MS = 120_000;
    /** The largest {@code timeout_ms} accepted: 600,000 ms. */
    public static final long MAX_TIMEOUT_MS = 600_000;
    /** The default output cap: 100 KiB. */
    public static final int DEFAULT_MAX_OUTPUT_BYTES = 100 * 1024;
    /** The whole text of a successful call that printed nothing. */
    static final String NO_OUTPUT = "(no output)";

    private static final ToolSpecification SPECIFICATION = ToolSpecification.builder()
            .name("bash")
            .description("Run a command in a persistent bash shell. The working directory starts at /workspace; "
                    + "cd and exported variables persist across calls. stdin is empty; stdout and stderr are "
                    + "returned together, and only the last part of a long output is kept. A non-zero exit "
                    + "status is reported as an error. Use restart: true to get a fresh shell.")
            .parameters(JsonObjectSchema.builder()
                    .addStringProperty("command", "The command to run")
                    .addBooleanProperty("restart", "Restart the persistent shell first (no command needed)")
                    .addIntegerProperty("timeout_ms", "Timeout for this command in milliseconds (default "
                            + DEFAULT_TIMEOUT_MS + ", max " + MAX_TIMEOUT_MS + ")")
                    .build())
            .build();

    private final ShellFactory factory;
    private final int maxOutputBytes;

    /** The tool with the defaults: host directories only with bubblewrap, 100 KiB of output. */
    public BashTool() {
        this(builder());
    }

    private BashTool(Builder b) {
        this(new WorkspaceShellFactory(b.hostShellMode), b.maxOutputBytes);
    }

    /** The tool over a given shell factory (tests pass a fake shell). */
    BashTool(ShellFactory factory, int maxOutputBytes) {
        this.factory = Objects.requireNonNull(factory, "factory");
        if (maxOutputBytes <= 0) {
            throw new IllegalArgumentException("maxOutputBytes must be positive");
        }
        this.maxOutputBytes = maxOutputBytes;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return SPECIFICATION.name();
    }

    @Override
    public ToolSpecification specification() {
        return SPECIFICATION;
    }

    @Override
    public ToolResult execute(ToolCall call, ToolContext context) {
        String command;
        boolean restart;
        Duration timeout;
        try {
            command = call.string("command");
            restart = call.bool("restart", false);
            timeout = timeout(call.integer("timeout_ms"));
        } catch (ToolInputException e) {
            return ToolResult.error(e.getMessage());
        }
        if (command == null && !restart) {
            return ToolResult.error("bash: give a command to run (or restart: true to restart the shell)");
        }
        if (command != null && command.isBlank() && !restart) {
            return ToolResult.error("bash: command is empty");
        }
        if (command != null && command.indexOf('\0') >= 0) {
            return ToolResult.error("bash: command must not contain NUL characters");
        }
        ShellHolder holder;
        try {
            holder = context.resource(ShellHolder.class, () -> new ShellHolder(factory));
        } catch (IllegalStateException e) {
            return ToolResult.error("bash: the session is closing; no shell is available");
        }
        if (restart) {
            holder.reset();
            if (command == null || command.isBlank()) {
                return ToolResult.ok("shell restarted");
            }
        }
        return run(holder, command, timeout, context);
    }

    private ToolResult run(ShellHolder holder, String command, Duration timeout, ToolContext context) {
        TailBuffer tail = new TailBuffer(maxOutputBytes);
        AnsiFilter output = new AnsiFilter(tail);
        int status;
        try {
            status = holder.run(command, output, timeout, context);
        } catch (ShellTimeoutException e) {
            holder.reset();
            return ToolResult.error(withOutput("bash: command timed out after " + timeout.toMillis()
                    + " ms; the shell was restarted", tail));
        } catch (CancellationException e) {
            holder.reset();
            return ToolResult.error(withOutput("bash: interrupted; the command was stopped and the shell was "
                    + "restarted", tail));
        } catch (ShellUnavailableException e) {
            holder.reset();
            return ToolResult.error("bash: " + e.getMessage());
        } catch (IOException e) {
            holder.reset();
            LOG.warn("bash failed in session {}", context.sessionId(), e);
            return ToolResult.error(withOutput("bash: the shell failed (" + e.getMessage()
                    + "); the shell was restarted", tail));
        } catch (RuntimeException e) {
            holder.reset();
            LOG.error("bash failed unexpectedly in session {}", context.sessionId(), e);
            return ToolResult.error(withOutput("bash: internal error (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); the shell was restarted", tail));
        }
        String text = tail.text();
        if (status == 0) {
            return ToolResult.ok(text.isEmpty() ? NO_OUTPUT : text);
        }
        String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        return ToolResult.error(text + sep + "[exit code: " + status + "]");
    }

    private static String withOutput(String message, TailBuffer tail) {
        String text = tail.text();
        return text.isEmpty() ? message : message + "\n" + text;
    }

    private static Duration timeout(Long timeoutMs) {
        if (timeoutMs == null) {
            return Duration.ofMillis(DEFAULT_TIMEOUT_MS);
        }
        if (timeoutMs <= 0) {
            throw new ToolInputException("bash: timeout_ms must be positive (got " + timeoutMs + ")");
        }
        if (timeoutMs > MAX_TIMEOUT_MS) {
            throw new ToolInputException("bash: timeout_ms must be at most " + MAX_TIMEOUT_MS + " (got "
                    + timeoutMs + ")");
        }
        return Duration.ofMillis(timeoutMs);
    }

    /** Options of the {@code bash} tool. */
    public static final class Builder {
        private HostShellMode hostShellMode = HostShellMode.JAILED_ONLY;
        private int maxOutputBytes = DEFAULT_MAX_OUTPUT_BYTES;

        private Builder() {
        }

        /** What to do on a host directory when bubblewrap is missing (default: refuse). */
        public Builder hostShellMode(HostShellMode mode) {
            this.hostShellMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** The most output bytes a result keeps (the tail); must be positive. */
        public Builder maxOutputBytes(int bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxOutputBytes must be positive: " + bytes);
            }
            this.maxOutputBytes = bytes;
            return this;
        }

        /** The tool. */
        public BashTool build() {
            return new BashTool(this);
        }
    }
}
