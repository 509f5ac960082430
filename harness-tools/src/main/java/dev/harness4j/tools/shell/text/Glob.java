package dev.harness4j.tools.shell.text;

import java.util.regex.Pattern;

/** fnmatch(3)-style globs ({@code * ? [...]}) for grep's --include / --exclude. */
final class Glob {
    private Glob() {
    }

    /** A pattern matching whole names against the glob. */
    static Pattern compile(String glob) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                sb.append(".*");
            } else if (c == '?') {
                sb.append('.');
            } else if (c == '[') {
                int end = glob.indexOf(']', i + 2);
                if (end < 0) {
                    sb.append("\\[");
                } else {
                    String body = glob.substring(i + 1, end);
                    if (body.startsWith("!")) {
                        body = "^" + body.substring(1);
                    }
                    sb.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = end;
                }
            } else if (c == '\\' && i + 1 < glob.length()) {
                sb.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(sb.toString(), Pattern.DOTALL);
    }
}
