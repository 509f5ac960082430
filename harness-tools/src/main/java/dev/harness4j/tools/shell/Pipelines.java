package dev.harness4j.tools.shell;

import java.io.Closeable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@code a | b | c}: every stage is a subshell; all but the last run on the shell's pipeline threads, joined by
 * bounded {@link Pipe}s. A stage writing into a closed pipe ends with 141 (SIGPIPE).
 */
final class Pipelines {
    private Pipelines() {
    }

    static int run(Interp interp, Node.Pipeline p, Io io) {
        int status;
        if (p.commands().size() == 1) {
            status = p.negate() ? interp.test(p.commands().get(0), io) : interp.run(p.commands().get(0), io);
            interp.state().vars.setArray("PIPESTATUS", List.of(Integer.toString(status)));
        } else {
            status = multi(interp, p, io);
        }
        return p.negate() ? (status == 0 ? 1 : 0) : status;
    }

    private static int multi(Interp interp, Node.Pipeline p, Io io) {
        int n = p.commands().size();
        Budget budget = interp.budget();
        List<Pipe> pipes = new ArrayList<>();
        List<Future<Integer>> futures = new ArrayList<>();
        int[] statuses = new int[n];
        int last;
        try {
            InputStream in = io.in();
            for (int i = 0; i < n - 1; i++) {
                Pipe pipe = new Pipe(budget);
                pipes.add(pipe);
                Interp stage = interp.child();
                Io stageIo = io.with(0, in).with(1, pipe.out);
                Node cmd = p.commands().get(i);
                InputStream stageIn = in;
                boolean ownsIn = i > 0;
                futures.add(interp.rt.executor.submit(() -> {
                    try {
                        return stage(stage, cmd, stageIo);
                    } finally {
                        closeQuietly(pipe.out);
                        if (ownsIn) {
                            closeQuietly(stageIn);
                        }
                    }
                }));
                in = pipe.in;
            }
            Interp lastStage = interp.child();
            try {
                last = stage(lastStage, p.commands().get(n - 1), io.with(0, in));
            } finally {
                closeQuietly(in);
            }
        } finally {
            if (budget.aborted() != null) {
                for (Pipe pipe : pipes) {
                    closeQuietly(pipe.in);
                    closeQuietly(pipe.out);
                }
            }
            join(futures, statuses, budget);
        }
        statuses[n - 1] = last;
        List<String> all = new ArrayList<>();
        for (int s : statuses) {
            all.add(Integer.toString(s));
        }
        interp.state().vars.setArray("PIPESTATUS", all);
        if (interp.state().pipefail) {
            for (int i = n - 1; i >= 0; i--) {
                if (statuses[i] != 0) {
                    return statuses[i];
                }
            }
            return 0;
        }
        return last;
    }

    private static int stage(Interp stage, Node cmd, Io io) {
        try {
            int status = stage.run(cmd, io);
            io.out().flush();
            return status;
        } catch (Control.BrokenPipe e) {
            return 141;
        } catch (Control.Exit e) {
            return e.status;
        } catch (ShellError e) {
            stage.error(io, e.getMessage());
            return e.status;
        } catch (Control.Break | Control.Continue | Control.Return e) {
            return 0;
        } catch (java.io.IOException e) {
            return 141;
        }
    }

    private static void join(List<Future<Integer>> futures, int[] statuses, Budget budget) {
        for (int i = 0; i < futures.size(); i++) {
            Future<Integer> f = futures.get(i);
            long abortedAt = 0;
            while (true) {
                try {
                    statuses[i] = f.get(20, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    if (budget.aborted() != null) {
                        long now = System.nanoTime();
                        if (abortedAt == 0) {
                            abortedAt = now;
                        } else if (now - abortedAt > TimeUnit.SECONDS.toNanos(2)) {
                            f.cancel(true);
                            break;
                        }
                    } else {
                        try {
                            budget.check();
                        } catch (ShellAbortException abort) {
                            // keep waiting: the stage sees the abort at its next check and ends
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    f.cancel(true);
                    break;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof ShellAbortException) {
                        statuses[i] = 1;
                        break;
                    }
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
        ShellAbortException a = budget.aborted();
        if (a != null) {
            throw a;
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (java.io.IOException e) {
            // closing a pipe end never fails in a way that matters
        }
    }
}
