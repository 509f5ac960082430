package dev.harness4j.tools.shell.files;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** A node of a find expression, evaluated against one visited file. */
@FunctionalInterface
interface FindExpr {

    /** The file being looked at: its display path, backing path, attributes (not following links) and depth. */
    record Visit(String start, String display, Path path, BasicFileAttributes attrs, int depth) {
        String name() {
            if (depth == 0) {
                String d = display;
                while (d.length() > 1 && d.endsWith("/")) {
                    d = d.substring(0, d.length() - 1);
                }
                int slash = d.lastIndexOf('/');
                return slash < 0 || d.equals("/") ? d : d.substring(slash + 1);
            }
            return path.getFileName().toString();
        }
    }

    boolean test(Visit visit, FindRun run) throws IOException;

    static FindExpr and(FindExpr a, FindExpr b) {
        return (v, r) -> a.test(v, r) && b.test(v, r);
    }

    static FindExpr or(FindExpr a, FindExpr b) {
        return (v, r) -> a.test(v, r) || b.test(v, r);
    }

    static FindExpr not(FindExpr a) {
        return (v, r) -> !a.test(v, r);
    }

    static FindExpr comma(FindExpr a, FindExpr b) {
        return (v, r) -> {
            a.test(v, r);
            return b.test(v, r);
        };
    }
}
