package dev.harness4j.tools.shell;

import dev.harness4j.hands.ToolContext;
import dev.harness4j.tools.bash.ShellSession;
import dev.harness4j.tools.bash.ShellTimeoutException;
import dev.harness4j.tools.shell.files.FileCommands;
import dev.harness4j.tools.shell.text.TextCommands;
import dev.harness4j.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bash-compatible interpreter in Java (target: GNU bash 5.2) over a workspace's mount table; it never touches the
 * host filesystem and starts no process.
 *
 * <p><b>Language.</b> Quoting ({@code '…'}, {@code "…"}, {@code \}, {@code $'…'}); parameters {@code $x},
 * {@code ${x}}, {@code ${x:-w}} {@code :=} {@code :+} {@code :?} and the colon-less forms, {@code ${#x}},
 * {@code ${x#p}} {@code ##} {@code %} {@code %%}, {@code ${x/a/b}} {@code //} {@code /#} {@code /%} (with
 * {@code &} in the replacement, as in bash 5.2), {@code ${x:off:len}}, {@code ${x^}} {@code ^^} {@code ,}
 * {@code ,,}, {@code ${!x}}, {@code ${!a[@]}}; specials {@code $? $# $@ "$@" $* $0-$9 ${10} $$ $- $RANDOM
 * $PIPESTATUS}; indexed arrays ({@code a=(…)}, {@code a[i]=v}, {@code a+=(…)}, {@code ([i]=v)}, {@code ${a[i]}},
 * {@code ${a[@]}}, {@code ${#a[@]}}, {@code ${a[@]:1:2}}) and associative arrays ({@code declare -A}); arithmetic
 * {@code $(( ))}, {@code (( ))}, {@code let} with the C operators, {@code **}, bases ({@code 0x}, {@code 0},
 * {@code n#}); command substitution {@code $( )}, backticks and {@code $(< file)}; process substitution
 * {@code <( )} as a redirection source or {@code source} argument; brace expansion ({@code {a,b}},
 * {@code {1..5}}, {@code {01..10..2}}, {@code {a..e}}); tilde; IFS field splitting; globbing through the workspace
 * ({@code * ? […] [!…] [[:class:]]}, sorted, dot files only for an explicit dot, unmatched patterns literal).
 * Commands: pipelines ({@code |}, {@code |&}), {@code && || ; !}, {@code ( … )} subshells whose changes do not leak,
 * {@code { …; }}, {@code if/elif/else}, {@code for in}, {@code for ((;;))}, {@code while}, {@code until},
 * {@code case} with {@code |} patterns and {@code ;;} {@code ;&} {@code ;;&}, {@code break n}, {@code continue n},
 * functions ({@code f() {…}}, {@code function f {…}}) with positional parameters, {@code local} (dynamic scope) and
 * {@code return}, {@code VAR=x cmd} prefix assignments, {@code [[ … ]]} with {@code ==}/{@code !=} globs,
 * {@code =~} and {@code BASH_REMATCH}, {@code < > >>} and relatives. Redirections: {@code > >> < <> 2> 2>>
 * 2>&1 >&2 &> &>> n>file n>&m n>&- <<EOF <<'EOF' <<-EOF <<<}, with {@code /dev/null}, {@code /dev/stdin},
 * {@code /dev/stdout}, {@code /dev/stderr}. Options: {@code set -e -u -x -f}, {@code set -o pipefail},
 * {@code set --}. Scripts run line by line, so lines before a syntax error have run (status 2, like bash).
 *
 * <p><b>Builtins.</b> cd (also {@code cd -} and {@code cd} to {@code $HOME}), pwd, export, unset, local, declare,
 * typeset, readonly, set, shift, return, exit, true, false, :, test, [, echo (-n -e -E), read (-r -a -d -n -p),
 * mapfile/readarray, eval, source, ., type, command (-v -V), let, getopts, trap (EXIT only), wait, shopt, hash,
 * umask, help, bash/sh ({@code -c} or a script file, in a subshell), plus the utilities of {@link TextCommands} and
 * {@link FileCommands} and any {@link #register registered} command. {@code /bin/NAME}, {@code /usr/bin/NAME} and
 * the like run NAME; a path to a workspace file ({@code ./build.sh}) runs it as a bash script in a subshell
 * (execute bits are not checked; a shebang naming another interpreter fails with 126). Exported variables form a command's
 * environment; the defaults are HOME=/workspace, PWD, OLDPWD, PATH, LANG=C.UTF-8, SHELL=/bin/bash, USER=user
 * and SHLVL (nothing from the host).
 *
 * <p><b>Pipelines.</b> Every stage is a subshell; all but the last run concurrently on threads the shell owns (named
 * {@code harness4j-shell-N-pipe-M}, stopped by {@link #close}) joined by 64 KiB pipes. A stage that writes after its
 * reader has gone ends with status 141, as if killed by SIGPIPE.
 *
 * <p><b>Limits.</b> Every statement, loop iteration, write and pipe wait checks the {@link ShellLimits} and the
 * deadline. When a limit is reached the script stops, one line {@code bash: harness4j limit reached: more than N
 * … (ShellLimits.field)} goes to stderr and {@code run} returns status 1; output beyond the cap is never written,
 * nor buffered. A timeout throws {@link ShellTimeoutException}, a cancellation {@link CancellationException}.
 * Either way the shell stays usable: the next call sees the state as it was when the script stopped (function
 * scopes and positional parameters unwound).
 *
 * <p><b>Differences from bash.</b> No processes: an unknown command fails with 127, {@code bash: NAME: command not
 * found}, and a second line saying the in-memory workspace runs no programs and listing the commands there are.
 * Background jobs ({@code &}) run synchronously and {@code wait} does nothing; {@code $$} is always 4242 and
 * {@code $!} is unset; {@code $RANDOM} is deterministic per shell; {@code $0} is {@code bash}. Not supported: job
 * control, signals and traps other than EXIT, aliases, {@code exec}, {@code select}, {@code coproc},
 * {@code >( )}, extended globs, {@code **}, namerefs, {@code ${x@Q}}-style transformations, {@code printf -v}
 * (printf itself is a text utility). A {@code <( )} path can be read by redirections and {@code source} only, not
 * passed to utilities. Error messages on stderr lack bash's {@code line N:} prefix. Every call starts with empty
 * stdin; the state (cwd, variables, exports, functions, options, EXIT trap until it runs) persists between calls,
 * and the EXIT trap runs at the end of each call.
 */
public final class JavaShell implements ShellSession {
    private static final Logger LOG = LoggerFactory.getLogger(JavaShell.class);

    private final ShellRuntime runtime;
    private final ShellState state = new ShellState();
    private final Object lock = new Object();
    private volatile boolean closed;

    /** A shell over this workspace whose working directory starts at the workspace's working directory. */
    public JavaShell(Workspace workspace, Clock clock, ShellLimits limits) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(limits, "limits");
        String id = Integer.toHexString(System.identityHashCode(this));
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "harness4j-shell-" + id + "-pipe-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService executor = Executors.newCachedThreadPool(factory);
        runtime = new ShellRuntime(workspace, clock, limits, executor);
        CoreBuiltins.register(runtime.builtins);
        for (Command c : TextCommands.all()) {
            runtime.commands.put(c.name(), c);
        }
        for (Command c : FileCommands.all()) {
            runtime.commands.put(c.name(), c);
        }
        String cwd = workspace.workingDirectory();
        state.cwd = cwd;
        Variables v = state.vars;
        v.set("IFS", " \t\n");
        exportDefault(v, "HOME", "/workspace");
        exportDefault(v, "PWD", cwd);
        v.export("OLDPWD");
        exportDefault(v, "PATH", "/usr/local/bin:/usr/bin:/bin");
        exportDefault(v, "LANG", "C.UTF-8");
        exportDefault(v, "SHELL", "/bin/bash");
        exportDefault(v, "USER", "user");
        exportDefault(v, "SHLVL", "1");
    }

    private static void exportDefault(Variables v, String name, String value) {
        v.set(name, value);
        v.export(name);
    }

    /** Adds (or replaces) a command the shell can run, e.g. a test double or an extra utility. */
    public void register(Command command) {
        Objects.requireNonNull(command, "command");
        synchronized (lock) {
            runtime.commands.put(command.name(), command);
        }
    }

    /** The names of every builtin and utility the shell knows, sorted. */
    public List<String> commandNames() {
        synchronized (lock) {
            Interp interp = new Interp(runtime, state, new Budget(runtime.limits, null, null), 0,
                    OutputStream.nullOutputStream());
            return interp.simple().commandNames();
        }
    }

    /** The shell's current working directory (a logical path). */
    public String cwd() {
        synchronized (lock) {
            return state.cwd;
        }
    }

    /**
     * Runs a script with separate stdout and stderr and returns its exit status; the shell's state (cwd, variables,
     * functions) carries over to the next call.
     *
     * @throws dev.harness4j.tools.bash.ShellTimeoutException when {@code timeout} passes
     * @throws java.util.concurrent.CancellationException      when {@code cancelled} turns true
     */
    public int run(String script, OutputStream stdout, OutputStream stderr, Duration timeout,
                   BooleanSupplier cancelled) {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        if (closed) {
            throw new IllegalStateException("the shell is closed");
        }
        synchronized (lock) {
            Budget budget = new Budget(runtime.limits, timeout, cancelled);
            LimitedOutput out = new LimitedOutput(stdout, budget, false);
            LimitedOutput err = new LimitedOutput(stderr, budget, false);
            Interp interp = new Interp(runtime, state, budget, 0, err);
            List<String> positional = state.positional;
            try {
                Io io = new Io(InputStream.nullInputStream(), out, err);
                int status = interp.exitTrap(interp.runScript(script, io), io);
                state.lastStatus = status;
                return status;
            } catch (ShellAbortException e) {
                return aborted(e, timeout, stderr, positional);
            } catch (Control.BrokenPipe e) {
                return 141;
            } catch (Variables.ReadonlyException e) {
                write(stderr, "bash: " + e.getMessage());
                return 1;
            } catch (StackOverflowError e) {
                state.vars.resetScopes();
                state.positional = positional;
                write(stderr, budget.limit(runtime.limits.maxCallDepth() + " nested calls", "maxCallDepth")
                        .getMessage());
                return 1;
            } catch (RuntimeException e) {
                LOG.warn("the Java shell failed on a script", e);
                state.vars.resetScopes();
                state.positional = positional;
                write(stderr, "bash: internal error: " + e);
                return 1;
            } finally {
                flush(stdout);
                flush(stderr);
            }
        }
    }

    private int aborted(ShellAbortException e, Duration timeout, OutputStream stderr, List<String> positional) {
        state.vars.resetScopes();
        state.positional = positional;
        switch (e.reason()) {
            case TIMEOUT -> throw new ShellTimeoutException(timeout == null ? Duration.ZERO : timeout);
            case CANCELLED -> throw new CancellationException("the shell command was cancelled");
            default -> {
                write(stderr, e.getMessage());
                state.lastStatus = 1;
                return 1;
            }
        }
    }

    private static void write(OutputStream stream, String line) {
        try {
            stream.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.debug("cannot report a shell limit: {}", e.toString());
        }
    }

    private static void flush(OutputStream stream) {
        try {
            stream.flush();
        } catch (IOException e) {
            LOG.debug("cannot flush shell output: {}", e.toString());
        }
    }

    @Override
    public int run(String command, OutputStream output, Duration timeout, ToolContext context) {
        return run(command, output, output, timeout, context::cancelled);
    }

    /** Stops the pipeline threads; the shell cannot run again. */
    @Override
    public void close() {
        closed = true;
        runtime.executor.shutdownNow();
        try {
            if (!runtime.executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("shell pipeline threads did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
