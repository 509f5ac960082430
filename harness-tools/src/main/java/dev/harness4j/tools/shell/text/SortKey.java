package dev.harness4j.tools.shell.text;

import java.math.BigDecimal;

/**
 * One sort key ({@code -k F[.C][opts][,F[.C][opts]]}, or the whole line) with its ordering options, and GNU's
 * comparisons: byte order (C locale), {@code -n} numeric, {@code -g} general numeric, {@code -h} human sizes,
 * {@code -V} versions, {@code -f} folding, {@code -d} dictionary order, {@code -i} printable only, {@code -r}.
 */
final class SortKey {
    int startField = 1;
    int startChar = 1;
    int endField = -1;
    int endChar;
    boolean skipStartBlanks;
    boolean skipEndBlanks;
    boolean numeric;
    boolean general;
    boolean human;
    boolean version;
    boolean month;
    boolean fold;
    boolean dictionary;
    boolean printable;
    boolean reverse;
    boolean hasOptions;

    /** Applies ordering letters ({@code nrfbghVdiM}); returns false on an unknown letter. */
    boolean options(String letters, boolean endPart) {
        for (char c : letters.toCharArray()) {
            switch (c) {
                case 'n' -> numeric = true;
                case 'g' -> general = true;
                case 'h' -> human = true;
                case 'V' -> version = true;
                case 'f' -> fold = true;
                case 'd' -> dictionary = true;
                case 'i' -> printable = true;
                case 'r' -> reverse = true;
                case 'M' -> month = true;
                case 'b' -> {
                    if (endPart) {
                        skipEndBlanks = true;
                    } else {
                        skipStartBlanks = true;
                    }
                }
                default -> {
                    return false;
                }
            }
            hasOptions = true;
        }
        return true;
    }

    /** Copies the global ordering options into a key that has none of its own. */
    void inherit(SortKey global) {
        if (hasOptions) {
            return;
        }
        numeric = global.numeric;
        general = global.general;
        human = global.human;
        version = global.version;
        month = global.month;
        fold = global.fold;
        dictionary = global.dictionary;
        printable = global.printable;
        reverse = global.reverse;
        skipStartBlanks |= global.skipStartBlanks;
        skipEndBlanks |= global.skipEndBlanks;
    }

    /** The key's text in a line, with {@code sep} the -t separator or -1 for blank-separated fields. */
    String extract(String line, int sep) {
        int start = position(line, sep, startField, startChar, skipStartBlanks, false);
        int end = endField < 0 ? line.length() : position(line, sep, endField, endChar, skipEndBlanks, true);
        return end <= start ? "" : line.substring(start, end);
    }

    private static int position(String line, int sep, int field, int ch, boolean skipBlanks, boolean isEnd) {
        int p = 0;
        int n = line.length();
        for (int f = 1; f < field && p <= n; f++) {
            if (sep >= 0) {
                int next = line.indexOf(sep, p);
                p = next < 0 ? n + 1 : next + 1;
            } else {
                while (p < n && blank(line.charAt(p))) {
                    p++;
                }
                while (p < n && !blank(line.charAt(p))) {
                    p++;
                }
            }
        }
        if (p > n) {
            return n;
        }
        int fieldEnd;
        if (sep >= 0) {
            int next = line.indexOf(sep, p);
            fieldEnd = next < 0 ? n : next;
        } else {
            int q = p;
            while (q < n && blank(line.charAt(q))) {
                q++;
            }
            while (q < n && !blank(line.charAt(q))) {
                q++;
            }
            fieldEnd = q;
        }
        if (skipBlanks) {
            while (p < n && blank(line.charAt(p))) {
                p++;
            }
        }
        if (isEnd && ch == 0) {
            return fieldEnd;
        }
        return Math.min(p + ch - (isEnd ? 0 : 1), isEnd ? Math.max(fieldEnd, p) : n);
    }

    static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Compares two extracted keys under this key's options (reverse included). */
    int compare(String a, String b) {
        int r;
        if (numeric) {
            r = compareNumeric(a, b);
        } else if (general) {
            r = compareGeneral(a, b);
        } else if (human) {
            r = compareHuman(a, b);
        } else if (month) {
            r = Integer.compare(month(a), month(b));
        } else if (version) {
            r = VersionOrder.compare(a, b);
        } else {
            r = compareText(a, b);
        }
        return reverse ? -r : r;
    }

    private static int month(String s) {
        String t = s.stripLeading().toUpperCase(java.util.Locale.ROOT);
        String[] names = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
        for (int i = 0; i < names.length; i++) {
            if (t.startsWith(names[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private int compareText(String a, String b) {
        if (fold || dictionary || printable) {
            a = filter(a);
            b = filter(b);
        }
        return a.compareTo(b);
    }

    private String filter(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (dictionary && !(Character.isLetterOrDigit(c) && c < 128 || blank(c))) {
                continue;
            }
            if (printable && (c < 32 || c == 127)) {
                continue;
            }
            sb.append(fold && c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return sb.toString();
    }

    /** The leading number of a key as GNU -n reads it: blanks, optional minus, digits, optional fraction. */
    static BigDecimal leadingNumber(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && blank(s.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        int digits = i;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
        }
        int intEnd = i;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
        }
        if (i == digits || (intEnd == digits && i == intEnd + 1)) {
            return BigDecimal.ZERO;
        }
        String num = s.substring(start, i);
        if (num.endsWith(".")) {
            num = num.substring(0, num.length() - 1);
        }
        if (num.startsWith("-.") || num.startsWith(".")) {
            num = num.replace(".", "0.");
        }
        return new BigDecimal(num);
    }

    private static int compareNumeric(String a, String b) {
        return leadingNumber(a).compareTo(leadingNumber(b));
    }

    private static int compareGeneral(String a, String b) {
        Double x = parseDouble(a);
        Double y = parseDouble(b);
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : -1) : 1;
        }
        return Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
    }

    private static Double parseDouble(String s) {
        String t = s.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^[+-]?(0[xX][0-9a-fA-F]+|inf(inity)?|nan|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)",
                        java.util.regex.Pattern.CASE_INSENSITIVE).matcher(t);
        if (!m.find()) {
            return null;
        }
        String num = m.group();
        String body = num.replaceFirst("^[+-]", "");
        double v;
        if (body.toLowerCase().startsWith("0x")) {
            v = Long.parseLong(body.substring(2), 16);
        } else if (body.toLowerCase().startsWith("inf")) {
            v = Double.POSITIVE_INFINITY;
        } else if (body.equalsIgnoreCase("nan")) {
            return null;
        } else {
            v = Double.parseDouble(body);
        }
        return num.startsWith("-") ? -v : v;
    }

    private static int compareHuman(String a, String b) {
        int sa = suffix(a);
        int sb = suffix(b);
        BigDecimal x = leadingNumber(a);
        BigDecimal y = leadingNumber(b);
        int signA = x.signum();
        int signB = y.signum();
        if (signA != signB) {
            return Integer.compare(signA, signB);
        }
        if (sa != sb) {
            return signA < 0 ? Integer.compare(sb, sa) : Integer.compare(sa, sb);
        }
        return x.compareTo(y);
    }

    private static int suffix(String s) {
        String t = s.strip().replaceFirst("^-?\\d*\\.?\\d*", "");
        if (t.isEmpty()) {
            return 0;
        }
        char c = t.charAt(0) == 'k' ? 'K' : t.charAt(0);
        return "KMGTPEZYRQ".indexOf(c) + 1;
    }
}
