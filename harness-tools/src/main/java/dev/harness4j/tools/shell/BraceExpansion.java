package dev.harness4j.tools.shell;

import dev.harness4j.tools.shell.Word.Lit;
import dev.harness4j.tools.shell.Word.Part;
import java.util.ArrayList;
import java.util.List;

/** Brace expansion ({@code a{b,c}d}, {@code {1..5}}, {@code {a..e..2}}) over a word's unquoted characters. */
final class BraceExpansion {
    private static final int MAX_RESULTS = 100_000;

    private BraceExpansion() {
    }

    /** The words {@code word} expands to (itself alone when it has no valid brace expression). */
    static List<Word> expand(Word word) {
        boolean hasBrace = false;
        for (Part p : word.parts()) {
            if (p instanceof Lit l && l.text().indexOf('{') >= 0) {
                hasBrace = true;
            }
        }
        if (!hasBrace) {
            return List.of(word);
        }
        List<Object> atoms = new ArrayList<>();
        for (Part p : word.parts()) {
            if (p instanceof Lit l) {
                for (char c : l.text().toCharArray()) {
                    atoms.add(c);
                }
            } else {
                atoms.add(p);
            }
        }
        List<List<Object>> out = new ArrayList<>();
        expand(atoms, out);
        List<Word> words = new ArrayList<>();
        for (List<Object> a : out) {
            words.add(toWord(a));
        }
        return words;
    }

    private static Word toWord(List<Object> atoms) {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (Object o : atoms) {
            if (o instanceof Character c) {
                lit.append(c.charValue());
            } else {
                if (lit.length() > 0) {
                    parts.add(new Lit(lit.toString()));
                    lit.setLength(0);
                }
                parts.add((Part) o);
            }
        }
        if (lit.length() > 0) {
            parts.add(new Lit(lit.toString()));
        }
        return new Word(parts);
    }

    private static boolean is(Object o, char c) {
        return o instanceof Character ch && ch == c;
    }

    private static void expand(List<Object> atoms, List<List<Object>> out) {
        if (out.size() > MAX_RESULTS) {
            throw new ParseException("brace expansion: too many words");
        }
        for (int i = 0; i < atoms.size(); i++) {
            if (!is(atoms.get(i), '{') || (i > 0 && is(atoms.get(i - 1), '$'))) {
                continue;
            }
            int depth = 0;
            List<Integer> commas = new ArrayList<>();
            int close = -1;
            for (int j = i + 1; j < atoms.size(); j++) {
                Object o = atoms.get(j);
                if (is(o, '{')) {
                    depth++;
                } else if (is(o, '}')) {
                    if (depth == 0) {
                        close = j;
                        break;
                    }
                    depth--;
                } else if (is(o, ',') && depth == 0) {
                    commas.add(j);
                }
            }
            if (close < 0) {
                break;
            }
            List<Object> prefix = atoms.subList(0, i);
            List<Object> suffix = atoms.subList(close + 1, atoms.size());
            List<List<Object>> alternatives = new ArrayList<>();
            if (!commas.isEmpty()) {
                int start = i + 1;
                for (int c : commas) {
                    alternatives.add(atoms.subList(start, c));
                    start = c + 1;
                }
                alternatives.add(atoms.subList(start, close));
            } else {
                List<String> seq = sequence(atoms.subList(i + 1, close));
                if (seq == null) {
                    continue;
                }
                for (String s : seq) {
                    List<Object> alt = new ArrayList<>();
                    for (char c : s.toCharArray()) {
                        alt.add(c);
                    }
                    alternatives.add(alt);
                }
            }
            for (List<Object> alt : alternatives) {
                List<Object> next = new ArrayList<>(prefix);
                next.addAll(alt);
                next.addAll(suffix);
                expand(next, out);
            }
            return;
        }
        out.add(atoms);
    }

    private static List<String> sequence(List<Object> body) {
        StringBuilder sb = new StringBuilder();
        for (Object o : body) {
            if (!(o instanceof Character c)) {
                return null;
            }
            sb.append(c.charValue());
        }
        String[] parts = sb.toString().split("\\.\\.", -1);
        if (parts.length < 2 || parts.length > 3) {
            return null;
        }
        try {
            long step = parts.length == 3 ? Math.abs(Long.parseLong(parts[2])) : 1;
            if (step == 0) {
                step = 1;
            }
            List<String> out = new ArrayList<>();
            if (parts[0].matches("[+-]?\\d+") && parts[1].matches("[+-]?\\d+")) {
                long a = Long.parseLong(parts[0]);
                long b = Long.parseLong(parts[1]);
                int width = 0;
                if (parts[0].matches("-?0\\d+") || parts[1].matches("-?0\\d+")) {
                    width = Math.max(parts[0].length(), parts[1].length());
                }
                for (long v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
                    out.add(width > 0 ? String.format("%0" + width + "d", v) : Long.toString(v));
                    if (out.size() > MAX_RESULTS) {
                        throw new ParseException("brace expansion: too many words");
                    }
                }
                return out;
            }
            if (parts[0].length() == 1 && parts[1].length() == 1 && Character.isLetter(parts[0].charAt(0))
                    && Character.isLetter(parts[1].charAt(0))) {
                char a = parts[0].charAt(0);
                char b = parts[1].charAt(0);
                for (int v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
                    out.add(String.valueOf((char) v));
                }
                return out;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }
}
