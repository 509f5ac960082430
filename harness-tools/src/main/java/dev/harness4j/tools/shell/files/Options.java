package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.files.BaseCommand.UsageException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * getopt_long in miniature. Short spec {@code "alw:"}: letters are flags, a colon marks a value. Long specs
 * {@code "all=a"} (alias of a short option), {@code "max-depth:"} (takes a value), {@code "color::"} (optional
 * value), {@code "help"} (plain flag). Options and operands may mix unless {@code permute} is off; {@code --} ends
 * options. Every occurrence is kept in order so that "last one wins" options can be decided.
 */
final class Options {
    /** One option occurrence: its key (the short letter or long name) and value (null for flags). */
    record Occurrence(String key, String value) {
    }

    private final List<Occurrence> occurrences = new ArrayList<>();
    private final List<String> operands = new ArrayList<>();
    private final List<String> optionWords = new ArrayList<>();

    private Options() {
    }

    static Options parse(List<String> args, String shortSpec, boolean permute, String... longSpecs)
            throws UsageException {
        Map<String, String> longKinds = new HashMap<>();
        for (String spec : longSpecs) {
            int eq = spec.indexOf('=');
            if (eq >= 0) {
                longKinds.put(spec.substring(0, eq), "=" + spec.substring(eq + 1));
            } else if (spec.endsWith("::")) {
                longKinds.put(spec.substring(0, spec.length() - 2), "::");
            } else if (spec.endsWith(":")) {
                longKinds.put(spec.substring(0, spec.length() - 1), ":");
            } else {
                longKinds.put(spec, "");
            }
        }
        Options o = new Options();
        int i = 0;
        while (i < args.size()) {
            String a = args.get(i++);
            if (a.equals("--")) {
                o.operands.addAll(args.subList(i, args.size()));
                break;
            } else if (a.startsWith("--")) {
                int next = o.longOption(a, args, i, longKinds, shortSpec);
                o.optionWords.addAll(args.subList(i - 1, next));
                i = next;
            } else if (a.startsWith("-") && a.length() > 1) {
                int next = o.shortOptions(a, args, i, shortSpec);
                o.optionWords.addAll(args.subList(i - 1, next));
                i = next;
            } else if (permute) {
                o.operands.add(a);
            } else {
                o.operands.add(a);
                o.operands.addAll(args.subList(i, args.size()));
                break;
            }
        }
        return o;
    }

    private int longOption(String a, List<String> args, int i, Map<String, String> kinds, String shortSpec)
            throws UsageException {
        int eq = a.indexOf('=');
        String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
        String value = eq < 0 ? null : a.substring(eq + 1);
        String match = null;
        if (kinds.containsKey(name)) {
            match = name;
        } else {
            for (String k : kinds.keySet()) {
                if (k.startsWith(name)) {
                    if (match != null) {
                        throw new UsageException("option '" + a + "' is ambiguous");
                    }
                    match = k;
                }
            }
        }
        if (match == null) {
            throw new UsageException("unrecognized option '" + a + "'");
        }
        String kind = kinds.get(match);
        if (kind.startsWith("=")) {
            String alias = kind.substring(1);
            int at = shortSpec.indexOf(alias);
            boolean valued = at >= 0 && at + 1 < shortSpec.length() && shortSpec.charAt(at + 1) == ':';
            if (valued && value == null) {
                if (i >= args.size()) {
                    throw new UsageException("option '--" + match + "' requires an argument");
                }
                value = args.get(i++);
            }
            occurrences.add(new Occurrence(alias, valued ? value : null));
            return i;
        }
        switch (kind) {
            case ":" -> {
                if (value == null) {
                    if (i >= args.size()) {
                        throw new UsageException("option '--" + match + "' requires an argument");
                    }
                    value = args.get(i++);
                }
            }
            case "" -> {
                if (value != null) {
                    throw new UsageException("option '--" + match + "' doesn't allow an argument");
                }
            }
            default -> {
            }
        }
        occurrences.add(new Occurrence(match, value));
        return i;
    }

    private int shortOptions(String a, List<String> args, int i, String shortSpec) throws UsageException {
        for (int j = 1; j < a.length(); j++) {
            char c = a.charAt(j);
            int at = c == ':' ? -1 : shortSpec.indexOf(c);
            if (at < 0) {
                throw new UsageException("invalid option -- '" + c + "'");
            }
            boolean valued = at + 1 < shortSpec.length() && shortSpec.charAt(at + 1) == ':';
            boolean optional = valued && at + 2 < shortSpec.length() && shortSpec.charAt(at + 2) == ':';
            if (optional) {
                occurrences.add(new Occurrence(String.valueOf(c), j + 1 < a.length() ? a.substring(j + 1) : null));
                break;
            }
            if (!valued) {
                occurrences.add(new Occurrence(String.valueOf(c), null));
                continue;
            }
            String value;
            if (j + 1 < a.length()) {
                value = a.substring(j + 1);
            } else if (i < args.size()) {
                value = args.get(i++);
            } else {
                throw new UsageException("option requires an argument -- '" + c + "'");
            }
            occurrences.add(new Occurrence(String.valueOf(c), value));
            break;
        }
        return i;
    }

    /** Whether the option occurred at all. */
    boolean has(String key) {
        return occurrences.stream().anyMatch(o -> o.key().equals(key));
    }

    /** The last value given for the option, or null. */
    String value(String key) {
        String v = null;
        for (Occurrence o : occurrences) {
            if (o.key().equals(key)) {
                v = o.value();
            }
        }
        return v;
    }

    /** Of these keys, the one given last, or null. */
    String last(String... keys) {
        String found = null;
        for (Occurrence o : occurrences) {
            for (String k : keys) {
                if (o.key().equals(k)) {
                    found = k;
                }
            }
        }
        return found;
    }

    List<Occurrence> occurrences() {
        return occurrences;
    }

    /** The option words exactly as given (diff repeats them in its per-file headers). */
    List<String> optionWords() {
        return optionWords;
    }

    List<String> operands() {
        return operands;
    }
}
