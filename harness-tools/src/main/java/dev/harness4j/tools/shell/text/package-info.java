/**
 * Text utilities of the Java shell (grep, sed, awk, sort and friends), each mirroring the GNU options agents use.
 */
package dev.harness4j.tools.shell.text;
