package dev.harness4j.tools.shell;

import java.util.ArrayList;
import java.util.List;

/** Compound commands: if, loops, case, subshells, groups, (( )), [[ ]], and redirected compounds. */
final class Compound {
    /** What {@link #iteration} returns when a {@code break} ends the loop (statuses are 0–255). */
    private static final int BROKE = Integer.MIN_VALUE;
    private final Interp interp;

    Compound(Interp interp) {
        this.interp = interp;
    }

    int run(Node n, Io io) {
        if (n instanceof Node.If f) {
            for (int i = 0; i < f.conditions().size(); i++) {
                if (interp.test(f.conditions().get(i), io) == 0) {
                    return interp.run(f.bodies().get(i), io);
                }
            }
            return f.elseBody() == null ? 0 : interp.run(f.elseBody(), io);
        } else if (n instanceof Node.Loop l) {
            return loop(l, io);
        } else if (n instanceof Node.For f) {
            return forLoop(f, io);
        } else if (n instanceof Node.ArithFor f) {
            return arithFor(f, io);
        } else if (n instanceof Node.Case c) {
            return caseCommand(c, io);
        } else if (n instanceof Node.Group g) {
            return interp.run(g.body(), io);
        } else if (n instanceof Node.Subshell s) {
            Interp sub = interp.child();
            int status;
            try {
                status = sub.run(s.body(), io);
            } catch (Control.Exit e) {
                status = e.status;
            } catch (ShellError e) {
                interp.error(io, e.getMessage());
                status = e.status;
            } catch (Control.Break | Control.Continue e) {
                status = 0;
            }
            return sub.exitTrap(status, io);
        } else if (n instanceof Node.ArithCommand a) {
            try {
                return interp.arithmetic(interp.expander().string(a.expression())) != 0 ? 0 : 1;
            } catch (ShellError e) {
                interp.error(io, e.getMessage().replaceFirst("^bash: ", "bash: ((: "));
                return 1;
            }
        } else if (n instanceof Node.Conditional c) {
            return new CondEval(interp, io).evaluate(c.tokens());
        } else if (n instanceof Node.Redirected r) {
            List<AutoCloseable> opened = new ArrayList<>();
            try {
                Io redirected = Redirections.apply(interp, r.redirects(), io, opened);
                if (redirected == null) {
                    return 1;
                }
                return interp.run(r.body(), redirected);
            } finally {
                Redirections.closeAll(opened);
            }
        }
        throw new IllegalStateException("unknown node " + n);
    }

    private int loop(Node.Loop l, Io io) {
        int status = 0;
        long count = 0;
        interp.loopDepth++;
        try {
            while (true) {
                interp.budget().loopIteration(++count);
                int c = interp.test(l.condition(), io);
                if ((c == 0) == l.until()) {
                    break;
                }
                int next = iteration(l.body(), io, status);
                if (next == BROKE) {
                    break;
                }
                status = next;
            }
        } finally {
            interp.loopDepth--;
        }
        return status;
    }

    private int forLoop(Node.For f, Io io) {
        List<String> items = f.words() == null ? new ArrayList<>(interp.state().positional)
                : interp.expander().fields(f.words());
        int status = 0;
        long count = 0;
        interp.loopDepth++;
        try {
            for (String item : items) {
                interp.budget().loopIteration(++count);
                interp.assign(f.name(), null, item);
                int next = iteration(f.body(), io, status);
                if (next == BROKE) {
                    break;
                }
                status = next;
            }
        } finally {
            interp.loopDepth--;
        }
        return status;
    }

    private int arithFor(Node.ArithFor f, Io io) {
        Expander e = interp.expander();
        interp.arithmetic(e.string(f.init()));
        int status = 0;
        long count = 0;
        interp.loopDepth++;
        try {
            while (true) {
                interp.budget().loopIteration(++count);
                String test = e.string(f.test());
                if (!test.isBlank() && interp.arithmetic(test) == 0) {
                    break;
                }
                int next = iteration(f.body(), io, status);
                if (next == BROKE) {
                    break;
                }
                status = next;
                interp.arithmetic(e.string(f.step()));
            }
        } finally {
            interp.loopDepth--;
        }
        return status;
    }

    private int caseCommand(Node.Case c, Io io) {
        String subject = interp.expander().string(c.subject());
        int status = 0;
        boolean fallthrough = false;
        for (int i = 0; i < c.arms().size(); i++) {
            Node.CaseArm arm = c.arms().get(i);
            boolean matched = fallthrough;
            if (!matched) {
                for (Word p : arm.patterns()) {
                    if (Patterns.matches(interp.expander().pattern(p), subject)) {
                        matched = true;
                        break;
                    }
                }
            }
            if (!matched) {
                continue;
            }
            status = interp.run(arm.body(), io);
            if (arm.terminator().equals(";;")) {
                return status;
            }
            fallthrough = arm.terminator().equals(";&");
        }
        return status;
    }

    /** Runs one loop body: its status, {@code previous} after a {@code continue}, or {@link #BROKE} after a break. */
    private int iteration(Node body, Io io, int previous) {
        try {
            return interp.run(body, io);
        } catch (Control.Break b) {
            if (--b.levels > 0) {
                throw b;
            }
            return BROKE;
        } catch (Control.Continue k) {
            if (--k.levels > 0) {
                throw k;
            }
            return previous;
        }
    }
}
