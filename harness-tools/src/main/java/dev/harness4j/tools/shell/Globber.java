package dev.harness4j.tools.shell;

import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** Pathname expansion through the workspace: sorted matches; hidden names only for a pattern starting with a dot. */
final class Globber {
    private static final int MAX_MATCHES = 100_000;
    private final Interp interp;

    Globber(Interp interp) {
        this.interp = interp;
    }

    /** The sorted paths matching {@code pattern} (escaped characters literal), or an empty list. */
    List<String> glob(String pattern) {
        boolean absolute = pattern.startsWith("/");
        boolean dirOnly = pattern.endsWith("/");
        List<String> comps = new ArrayList<>();
        for (String c : pattern.split("/")) {
            if (!c.isEmpty()) {
                comps.add(c);
            }
        }
        List<String> current = new ArrayList<>();
        current.add(absolute ? "/" : "");
        for (int i = 0; i < comps.size(); i++) {
            String comp = comps.get(i);
            boolean lastComp = i == comps.size() - 1;
            List<String> next = new ArrayList<>();
            if (!Patterns.hasGlob(comp)) {
                String lit = Patterns.unescape(comp);
                for (String prefix : current) {
                    String path = join(prefix, lit);
                    if (lastComp || isDirectory(path)) {
                        next.add(path);
                    }
                }
            } else {
                Pattern re = Patterns.compile(comp);
                boolean dot = comp.startsWith(".") || comp.startsWith("\\.") || interp.state().dotglob;
                for (String prefix : current) {
                    for (String name : list(prefix.isEmpty() ? "." : prefix)) {
                        if ((!name.startsWith(".") || dot) && re.matcher(name).matches()) {
                            String path = join(prefix, name);
                            if (!lastComp && !isDirectory(path)) {
                                continue;
                            }
                            next.add(path);
                            if (next.size() > MAX_MATCHES) {
                                throw interp.budget().limit(MAX_MATCHES + " glob matches", "maxStringLength");
                            }
                        }
                    }
                }
            }
            current = next;
            if (current.isEmpty()) {
                return List.of();
            }
        }
        List<String> out = new ArrayList<>();
        for (String path : current) {
            if (dirOnly ? isDirectory(path) : exists(path)) {
                out.add(dirOnly ? path + "/" : path);
            }
        }
        Collections.sort(out);
        return out;
    }

    private static String join(String prefix, String name) {
        if (prefix.isEmpty()) {
            return name;
        }
        return prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
    }

    private Path real(String path) {
        try {
            return ShellContext.resolvePath(interp, path, Intent.READ);
        } catch (ShellPathException e) {
            return null;
        }
    }

    private boolean isDirectory(String path) {
        Path p = real(path);
        return p != null && Files.isDirectory(p);
    }

    private boolean exists(String path) {
        Path p = real(path);
        return p != null && Files.exists(p);
    }

    private List<String> list(String dir) {
        Path p = real(dir);
        List<String> names = new ArrayList<>();
        if (p == null || !Files.isDirectory(p)) {
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(p)) {
            for (Path e : entries) {
                names.add(e.getFileName().toString());
            }
        } catch (IOException e) {
            return names;
        }
        Collections.sort(names);
        return names;
    }
}
