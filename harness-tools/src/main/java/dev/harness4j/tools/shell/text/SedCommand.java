package dev.harness4j.tools.shell.text;

import java.util.regex.Pattern;

/** One parsed sed command with its addresses; mutable only while the parser fills it in and for range state. */
final class SedCommand {

    /** An address: a line number, {@code $}, a regex (null pattern = the last regex used), {@code first~step}. */
    record Address(Kind kind, long number, long step, Pattern regex) {
        enum Kind { LINE, LAST, REGEX, STEP, PLUS, MULTIPLE, ZERO }
    }

    Address addr1;
    Address addr2;
    boolean negate;
    char name;
    /** s: the regex (null = last regex), replacement, flags. */
    Pattern regex;
    String replacement;
    boolean global;
    boolean print;
    int occurrence = 1;
    String writeFile;
    /** a, i, c text; b/t/T/: label; r/w file. */
    String text;
    int intArg;
    /** y: source and target characters. */
    String from;
    String to;
    /** {: index of the matching }; b/t/T: index of the label target (-1 = end of script). */
    int jump = -1;
    /** Range state. */
    boolean inRange;
    long rangeEnd;

    SedCommand(char name) {
        this.name = name;
    }
}
