package dev.harness4j.tools.shell.text;

/** GNU filevercmp-style version ordering for {@code sort -V}: digit runs compare by value, other runs by bytes. */
final class VersionOrder {
    private VersionOrder() {
    }

    /** Compares two version strings. */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            int firstDiff = 0;
            while ((i < a.length() && !isDigit(a.charAt(i))) || (j < b.length() && !isDigit(b.charAt(j)))) {
                int ca = i < a.length() && !isDigit(a.charAt(i)) ? order(a.charAt(i)) : 0;
                int cb = j < b.length() && !isDigit(b.charAt(j)) ? order(b.charAt(j)) : 0;
                if (ca != cb) {
                    return ca - cb;
                }
                i++;
                j++;
            }
            while (i < a.length() && a.charAt(i) == '0') {
                i++;
            }
            while (j < b.length() && b.charAt(j) == '0') {
                j++;
            }
            while (i < a.length() && isDigit(a.charAt(i)) && j < b.length() && isDigit(b.charAt(j))) {
                if (firstDiff == 0) {
                    firstDiff = a.charAt(i) - b.charAt(j);
                }
                i++;
                j++;
            }
            if (i < a.length() && isDigit(a.charAt(i))) {
                return 1;
            }
            if (j < b.length() && isDigit(b.charAt(j))) {
                return -1;
            }
            if (firstDiff != 0) {
                return firstDiff;
            }
        }
        return 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int order(char c) {
        if (Character.isLetter(c) && c < 128) {
            return c;
        }
        if (c == '~') {
            return -1;
        }
        return c + 256;
    }
}
