/**
 * Text utilities of the Java shell (grep, sed, awk, sort and friends), each mirroring the GNU options agents use.
 *
 * <p>{@link dev.harness4j.tools.shell.text.TextCommands#all()} hands the shell one {@link
 * dev.harness4j.tools.shell.Command} per utility: grep (with egrep and fgrep), sed, awk, sort, uniq, cut, tr, wc, head,
 * tail, rev, tac and printf. Each resolves its file operands through the shell's jail, reads {@code -} or no operand
 * as stdin, writes UTF-8 to the shell's streams, and returns the GNU tool's exit status with GNU-worded messages on
 * stderr. Behaviour targets the C locale: byte-order comparisons, ASCII character classes.
 *
 * <p>Input is decoded as UTF-8 when valid and as ISO-8859-1 otherwise, so no byte is lost or fails a command; such
 * input comes back out UTF-8 encoded. Characters, not bytes, are what {@code cut -c}, {@code wc -m}, {@code tr},
 * {@code rev} and awk's {@code length} count.
 *
 * <p>POSIX regular expressions (basic and extended, with the GNU extensions) are translated to
 * {@link java.util.regex.Pattern} by one translator shared by grep, sed and awk; matching walks the text through a view
 * that checks for cancellation, so a runaway backtracking pattern can be stopped. awk is a lexer, a parser and a
 * tree-walking interpreter in several classes; its loops and sed's branch loops count against the shell's iteration
 * limit.
 */
package dev.harness4j.tools.shell.text;
