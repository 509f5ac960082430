/**
 * File and system utilities of the Java shell (ls, cat, find, cp, mv and friends), working only through the workspace jail.
 */
package dev.harness4j.tools.shell.files;
