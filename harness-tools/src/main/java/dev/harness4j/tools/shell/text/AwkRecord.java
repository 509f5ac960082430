package dev.harness4j.tools.shell.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The current record: $0, its fields split lazily by FS, and $0 rebuilt with OFS when a field or NF changes. */
final class AwkRecord {
    private final AwkInterp interp;
    private String text = "";
    private final List<String> fields = new ArrayList<>();
    private boolean split = true;

    AwkRecord(AwkInterp interp) {
        this.interp = interp;
    }

    /** Replaces $0; fields are split on next use. */
    void set0(String value) {
        text = value;
        split = false;
    }

    String get0Text() {
        return text;
    }

    private void ensureSplit() {
        if (!split) {
            fields.clear();
            fields.addAll(splitFields(text, interp.special("FS"), interp.special("RS").isEmpty(), interp));
            split = true;
        }
    }

    int nf() {
        ensureSplit();
        return fields.size();
    }

    /** $i as a value (strnum when it looks numeric). */
    Object get(int i) {
        if (i == 0) {
            return AwkValues.fromInput(text);
        }
        ensureSplit();
        return i <= fields.size() ? AwkValues.fromInput(fields.get(i - 1)) : AwkValues.UNINIT;
    }

    /** Assigns $i; $0 re-splits, any other field rebuilds $0 with OFS. */
    void set(int i, String value) {
        if (i == 0) {
            set0(value);
            return;
        }
        ensureSplit();
        while (fields.size() < i) {
            fields.add("");
        }
        fields.set(i - 1, value);
        rebuild();
    }

    /** Assigns NF: truncates or pads the fields and rebuilds $0. */
    void setNf(int n) {
        ensureSplit();
        while (fields.size() > Math.max(n, 0)) {
            fields.remove(fields.size() - 1);
        }
        while (fields.size() < n) {
            fields.add("");
        }
        rebuild();
    }

    private void rebuild() {
        text = String.join(interp.special("OFS"), fields);
    }

    /** Splits text by an awk field separator (" " = runs of blanks, one char = literal, longer = ERE). */
    static List<String> splitFields(String s, String fs, boolean paragraphMode, AwkInterp interp) {
        List<String> out = new ArrayList<>();
        if (fs.equals(" ")) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n')) {
                    i++;
                }
                if (i >= n) {
                    return out;
                }
                int start = i;
                while (i < n && s.charAt(i) != ' ' && s.charAt(i) != '\t' && s.charAt(i) != '\n') {
                    i++;
                }
                out.add(s.substring(start, i));
            }
        }
        if (s.isEmpty()) {
            return out;
        }
        if (fs.isEmpty()) {
            s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
            return out;
        }
        if (fs.length() == 1 && fs.charAt(0) != '\\' && !paragraphMode) {
            char c = fs.charAt(0);
            int start = 0;
            while (true) {
                int at = s.indexOf(c, start);
                if (at < 0) {
                    out.add(s.substring(start));
                    return out;
                }
                out.add(s.substring(start, at));
                start = at + 1;
            }
        }
        String re = fs.length() == 1 ? "\\" + fs : fs;
        if (fs.length() == 1 && Character.isLetterOrDigit(fs.charAt(0))) {
            re = fs;
        }
        Pattern p = interp.eval.dynamicRegex(paragraphMode ? "(" + re + ")|\n" : re);
        Matcher m = p.matcher(s);
        int start = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            out.add(s.substring(start, m.start()));
            start = m.end();
        }
        out.add(s.substring(start));
        return out;
    }
}
