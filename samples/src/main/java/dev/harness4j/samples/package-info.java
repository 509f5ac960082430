/** Runnable samples; each runs offline by default with a scripted brain that says so. */
package dev.harness4j.samples;
