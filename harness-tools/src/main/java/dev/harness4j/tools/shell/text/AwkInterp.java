package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.tools.shell.ShellAbortException;
import dev.harness4j.tools.shell.text.AwkAst.Expr;
import dev.harness4j.tools.shell.text.AwkAst.Stmt;
import dev.harness4j.tools.shell.text.AwkValues.AwkArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs an awk program: the BEGIN / records / END cycle and the statements; expressions live in {@link AwkEval}. */
final class AwkInterp {
    final CommandContext context;
    final AwkAst.Program program;
    final Map<String, Object> globals = new HashMap<>();
    final AwkRecord record = new AwkRecord(this);
    final AwkIo io;
    final AwkEval eval;
    Object[] frame = new Object[0];
    int depth;
    int exitStatus;
    Object returnValue = AwkValues.UNINIT;
    private final AwkControl next = new AwkControl(AwkControl.Kind.NEXT);
    private final AwkControl nextFile = new AwkControl(AwkControl.Kind.NEXTFILE);
    private final AwkControl exit = new AwkControl(AwkControl.Kind.EXIT);
    final AwkControl ret = new AwkControl(AwkControl.Kind.RETURN);
    private final AwkControl brk = new AwkControl(AwkControl.Kind.BREAK);
    private final AwkControl cont = new AwkControl(AwkControl.Kind.CONTINUE);

    AwkInterp(CommandContext context, AwkAst.Program program, List<String> argv) {
        this.context = context;
        this.program = program;
        this.io = new AwkIo(this);
        this.eval = new AwkEval(this);
        globals.put("FS", " ");
        globals.put("OFS", " ");
        globals.put("ORS", "\n");
        globals.put("RS", "\n");
        globals.put("SUBSEP", "\034");
        globals.put("CONVFMT", "%.6g");
        globals.put("OFMT", "%.6g");
        globals.put("NR", 0.0);
        globals.put("FNR", 0.0);
        globals.put("RSTART", 0.0);
        globals.put("RLENGTH", -1.0);
        globals.put("FILENAME", "");
        AwkArray args = new AwkArray();
        for (int i = 0; i < argv.size(); i++) {
            args.map.put(Integer.toString(i), i == 0 ? argv.get(i) : AwkValues.fromInput(argv.get(i)));
        }
        globals.put("ARGV", args);
        globals.put("ARGC", (double) argv.size());
        AwkArray env = new AwkArray();
        context.environment().forEach((k, v) -> env.map.put(k, AwkValues.fromInput(v)));
        globals.put("ENVIRON", env);
    }

    String special(String name) {
        return AwkValues.str(globals.getOrDefault(name, AwkValues.UNINIT), convfmt());
    }

    String convfmt() {
        Object v = globals.get("CONVFMT");
        return v instanceof String s ? s : "%.6g";
    }

    void abort(String message) {
        throw new ShellAbortException(ShellAbortException.Reason.LIMIT, "awk: " + message);
    }

    /** Runs the program and returns the exit status. */
    int run() throws IOException {
        try {
            boolean exited = false;
            try {
                for (AwkAst.Item item : program.items()) {
                    if (item.kind().equals("BEGIN")) {
                        exec(item.action());
                    }
                }
            } catch (AwkControl c) {
                if (c.kind != AwkControl.Kind.EXIT) {
                    throw c;
                }
                exited = true;
            }
            boolean needsInput = program.items().stream().anyMatch(i -> !i.kind().equals("BEGIN"));
            if (!exited && needsInput) {
                exited = records();
            }
            try {
                for (AwkAst.Item item : program.items()) {
                    if (item.kind().equals("END")) {
                        exec(item.action());
                    }
                }
            } catch (AwkControl c) {
                if (c.kind != AwkControl.Kind.EXIT) {
                    throw c;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            io.closeAll();
        }
        return exitStatus;
    }

    private boolean records() throws IOException {
        List<AwkAst.Item> items = new ArrayList<>();
        for (AwkAst.Item item : program.items()) {
            if (!item.kind().equals("BEGIN") && !item.kind().equals("END")) {
                items.add(item);
            }
        }
        boolean[] inRange = new boolean[items.size()];
        long count = 0;
        while (io.nextMainRecord(true)) {
            if ((++count & 255) == 0) {
                context.checkCancelled();
            }
            try {
                for (int i = 0; i < items.size(); i++) {
                    AwkAst.Item item = items.get(i);
                    boolean run;
                    if (item.kind().equals("MAIN")) {
                        run = true;
                    } else if (item.kind().equals("PATTERN")) {
                        run = AwkValues.truth(eval.eval(item.pattern()));
                    } else if (inRange[i]) {
                        run = true;
                        inRange[i] = !AwkValues.truth(eval.eval(item.rangeEnd()));
                    } else {
                        run = AwkValues.truth(eval.eval(item.pattern()));
                        inRange[i] = run && !AwkValues.truth(eval.eval(item.rangeEnd()));
                    }
                    if (run) {
                        if (item.action() == null) {
                            io.print(null, null, record.get0Text() + special("ORS"));
                        } else {
                            exec(item.action());
                        }
                    }
                }
            } catch (AwkControl c) {
                switch (c.kind) {
                    case NEXT -> { }
                    case NEXTFILE -> io.skipFile();
                    case EXIT -> {
                        return true;
                    }
                    default -> throw c;
                }
            }
        }
        return false;
    }

    private void loopTick(long[] counter) {
        if (++counter[0] > context.limits().maxLoopIterations()) {
            abort("loop limit of " + context.limits().maxLoopIterations() + " iterations reached");
        }
        if ((counter[0] & 1023) == 0) {
            context.checkCancelled();
        }
    }

    void exec(Stmt s) throws IOException {
        if (s instanceof AwkAst.Block b) {
            for (Stmt st : b.body()) {
                exec(st);
            }
        } else if (s instanceof AwkAst.ExprStmt e) {
            eval.eval(e.expr());
        } else if (s instanceof AwkAst.Print p) {
            print(p);
        } else if (s instanceof AwkAst.If i) {
            if (AwkValues.truth(eval.eval(i.condition()))) {
                exec(i.then());
            } else if (i.otherwise() != null) {
                exec(i.otherwise());
            }
        } else if (s instanceof AwkAst.While w) {
            long[] n = {0};
            while (AwkValues.truth(eval.eval(w.condition()))) {
                loopTick(n);
                if (body(w.body())) {
                    break;
                }
            }
        } else if (s instanceof AwkAst.DoWhile d) {
            long[] n = {0};
            do {
                loopTick(n);
                if (body(d.body())) {
                    break;
                }
            } while (AwkValues.truth(eval.eval(d.condition())));
        } else if (s instanceof AwkAst.For f) {
            if (f.init() != null) {
                exec(f.init());
            }
            long[] n = {0};
            while (f.condition() == null || AwkValues.truth(eval.eval(f.condition()))) {
                loopTick(n);
                if (body(f.body())) {
                    break;
                }
                if (f.step() != null) {
                    exec(f.step());
                }
            }
        } else if (s instanceof AwkAst.ForIn f) {
            AwkArray array = eval.array(f.array());
            long[] n = {0};
            for (String key : new ArrayList<>(array.map.keySet())) {
                if (!array.map.containsKey(key)) {
                    continue;
                }
                loopTick(n);
                eval.assign(f.variable(), AwkValues.fromInput(key));
                if (body(f.body())) {
                    break;
                }
            }
        } else if (s instanceof AwkAst.Simple k) {
            throw switch (k.keyword()) {
                case "next" -> next;
                case "nextfile" -> nextFile;
                case "break" -> brk;
                default -> cont;
            };
        } else if (s instanceof AwkAst.Exit e) {
            if (e.status() != null) {
                exitStatus = (int) AwkValues.num(eval.eval(e.status()));
            }
            throw exit;
        } else if (s instanceof AwkAst.Return r) {
            returnValue = r.value() == null ? AwkValues.UNINIT : eval.eval(r.value());
            throw ret;
        } else if (s instanceof AwkAst.Delete d) {
            AwkArray array = eval.array(d.array());
            if (d.subscripts() == null) {
                array.map.clear();
            } else {
                array.map.remove(eval.subscript(d.subscripts()));
            }
        }
    }

    /** Runs a loop body; true when it breaks. */
    private boolean body(Stmt b) throws IOException {
        try {
            exec(b);
            return false;
        } catch (AwkControl c) {
            if (c.kind == AwkControl.Kind.BREAK) {
                return true;
            }
            if (c.kind == AwkControl.Kind.CONTINUE) {
                return false;
            }
            throw c;
        }
    }

    private void print(AwkAst.Print p) throws IOException {
        String text;
        if (p.formatted()) {
            if (p.args().isEmpty()) {
                throw new UncheckedIOException(new IOException("printf: no format"));
            }
            Object[] values = new Object[p.args().size() - 1];
            for (int i = 1; i < p.args().size(); i++) {
                values[i - 1] = eval.eval(p.args().get(i));
            }
            try {
                text = AwkFormat.sprintf(AwkValues.str(eval.eval(p.args().get(0)), convfmt()), values, convfmt());
            } catch (AwkFormat.PartialFormat e) {
                io.print(null, null, e.partial);
                throw e;
            }
        } else if (p.args().isEmpty()) {
            text = record.get0Text() + special("ORS");
        } else {
            StringBuilder sb = new StringBuilder();
            String ofs = special("OFS");
            String ofmt = special("OFMT");
            for (int i = 0; i < p.args().size(); i++) {
                if (i > 0) {
                    sb.append(ofs);
                }
                sb.append(AwkValues.str(eval.eval(p.args().get(i)), ofmt));
            }
            text = sb.append(special("ORS")).toString();
        }
        String dest = p.destination() == null ? null : AwkValues.str(eval.eval(p.destination()), convfmt());
        io.print(p.redirect(), dest, text);
    }
}
