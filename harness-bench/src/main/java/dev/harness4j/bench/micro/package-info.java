/**
 * JMH microbenchmarks of harness4j's parts: session creation, event log appends and reads, and the file tools over
 * a 200-file tree in Jimfs and on the host.
 */
package dev.harness4j.bench.micro;
