package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * {@code find [PATH...] [EXPR]}: never follows links (-P). GNU visits a directory in on-disk order; this one visits
 * names sorted bytewise, which is what scripts comparing output usually sort to anyway.
 */
final class Find extends BaseCommand {
    Find() {
        super("find");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        int split = 0;
        boolean followAll = false;
        boolean followStarts = false;
        while (split < args.size() && List.of("-L", "-H", "-P").contains(args.get(split))) {
            followAll = args.get(split).equals("-L");
            followStarts = args.get(split).equals("-H");
            split++;
        }
        int first = split;
        while (split < args.size()) {
            String a = args.get(split);
            if ((a.startsWith("-") && a.length() > 1) || a.equals("(") || a.equals("!")) {
                break;
            }
            split++;
        }
        List<String> starts = split == first ? List.of(".") : args.subList(first, split);
        FindParser parser = new FindParser(args.subList(split, args.size()), context);
        FindExpr expr = parser.parse();
        if (!parser.hasAction) {
            FindExpr e = expr;
            expr = (v, r) -> e.test(v, r) && FindActions.print(r, v.display() + "\n");
        }
        FindRun run = new FindRun(context, this);
        run.followLinks = followAll;
        for (String start : starts) {
            Path path;
            try {
                path = Fs.noFollow(context, start, Intent.READ);
            } catch (Fs.PathError e) {
                error(context, quote(start) + ": " + e.getMessage());
                run.status = 1;
                continue;
            }
            BasicFileAttributes a = Fs.attrs(path, false);
            if (a != null && a.isSymbolicLink() && (followAll || followStarts)) {
                Path target = Fs.followLink(context, path);
                if (target != null) {
                    path = target;
                    a = Fs.attrs(target, true);
                }
            }
            if (a == null) {
                error(context, quote(start) + ": No such file or directory");
                run.status = 1;
                continue;
            }
            try {
                walk(new FindExpr.Visit(start, start, path, a, 0), expr, parser, run);
            } catch (FindRun.Quit q) {
                break;
            }
        }
        run.finish();
        context.stdout().flush();
        return run.status;
    }

    private void walk(FindExpr.Visit v, FindExpr expr, FindParser parser, FindRun run) throws IOException {
        run.context.checkCancelled();
        boolean descend = v.attrs().isDirectory() && v.depth() < parser.maxDepth;
        run.prune = false;
        if (!parser.depthFirst && v.depth() >= parser.minDepth) {
            expr.test(v, run);
            if (run.prune) {
                descend = false;
            }
        }
        if (descend) {
            run.ancestors.add(v.path());
            List<String> names;
            try {
                names = Fs.list(v.path());
            } catch (IOException e) {
                error(run.context, quote(v.display()) + ": " + Fs.errno(e));
                run.status = 1;
                names = List.of();
            }
            for (String name : names) {
                Path child = v.path().resolve(name);
                BasicFileAttributes a = Fs.attrs(child, false);
                if (a != null && a.isSymbolicLink() && run.followLinks) {
                    Path target = Fs.followLink(run.context, child);
                    if (target != null) {
                        if (run.ancestors.contains(target)) {
                            error(run.context, "File system loop detected; " + quote(Fs.join(v.display(), name))
                                    + " is part of the same file system loop as " + quote(v.start()) + ".");
                            run.status = 1;
                            continue;
                        }
                        child = target;
                        a = Fs.attrs(target, true);
                    }
                }
                if (a != null) {
                    walk(new FindExpr.Visit(v.start(), Fs.join(v.display(), name), child, a, v.depth() + 1),
                            expr, parser, run);
                }
            }
        }
        if (descend) {
            run.ancestors.remove(v.path());
        }
        if (parser.depthFirst && v.depth() >= parser.minDepth) {
            run.prune = false;
            expr.test(v, run);
        }
    }
}
