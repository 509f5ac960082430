package dev.harness4j.tools.shell.files;

import java.util.ArrayList;
import java.util.List;

/** How xargs cuts its input into items, line by line: blanks and quotes, one delimiter, or whole lines for -I. */
final class XargsInput {
    private XargsInput() {
    }

    /** Unbalanced quotes in the input. */
    static final class QuoteException extends Exception {
        private static final long serialVersionUID = 1L;

        QuoteException(String message) {
            super(message, null, false, false);
        }
    }

    static Character delimiter(String spec) {
        if (spec.length() == 2 && spec.charAt(0) == '\\') {
            return switch (spec.charAt(1)) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case '0' -> '\0';
                case '\\' -> '\\';
                default -> spec.charAt(1);
            };
        }
        return spec.isEmpty() ? '\n' : spec.charAt(0);
    }

    /** The items of each input line (one list per line; a delimiter mode yields one item per list). */
    static List<List<String>> split(String text, Character delimiter, boolean wholeLines, String eof)
            throws QuoteException {
        List<List<String>> lines = new ArrayList<>();
        if (delimiter != null) {
            String[] parts = text.split(java.util.regex.Pattern.quote(delimiter.toString()), -1);
            int n = parts.length;
            if (n > 0 && parts[n - 1].isEmpty()) {
                n--;
            }
            for (int i = 0; i < n; i++) {
                lines.add(List.of(parts[i]));
            }
            return lines;
        }
        if (wholeLines) {
            for (String line : text.split("\n")) {
                String t = unquote(line.replaceFirst("^[ \t]+", ""));
                if (!t.isEmpty()) {
                    lines.add(List.of(t));
                }
            }
            return lines;
        }
        List<String> current = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean inItem = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\n') {
                    throw new QuoteException("unmatched " + (quote == '"' ? "double" : "single")
                            + " quote; by default quotes are special to xargs unless you use the -0 option");
                } else {
                    item.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inItem = true;
            } else if (c == '\\' && i + 1 < text.length()) {
                item.append(text.charAt(++i));
                inItem = true;
            } else if (c == ' ' || c == '\t' || c == '\n') {
                if (inItem) {
                    if (eof != null && item.toString().equals(eof)) {
                        addLine(lines, current);
                        return lines;
                    }
                    current.add(item.toString());
                    item.setLength(0);
                    inItem = false;
                }
                if (c == '\n' && !current.isEmpty()) {
                    lines.add(current);
                    current = new ArrayList<>();
                }
            } else {
                item.append(c);
                inItem = true;
            }
        }
        if (quote != 0) {
            throw new QuoteException("unmatched " + (quote == '"' ? "double" : "single")
                    + " quote; by default quotes are special to xargs unless you use the -0 option");
        }
        if (inItem && !(eof != null && item.toString().equals(eof))) {
            current.add(item.toString());
        }
        addLine(lines, current);
        return lines;
    }

    /** One -I line: quotes and backslashes removed, blanks kept. */
    private static String unquote(String line) throws QuoteException {
        StringBuilder b = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    b.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\' && i + 1 < line.length()) {
                b.append(line.charAt(++i));
            } else {
                b.append(c);
            }
        }
        if (quote != 0) {
            throw new QuoteException("unmatched " + (quote == '"' ? "double" : "single")
                    + " quote; by default quotes are special to xargs unless you use the -0 option");
        }
        return b.toString();
    }

    private static void addLine(List<List<String>> lines, List<String> current) {
        if (!current.isEmpty()) {
            lines.add(current);
        }
    }
}
