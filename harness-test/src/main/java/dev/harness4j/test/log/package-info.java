/**
 * The conformance suite of the {@link dev.harness4j.log.EventLog} SPI, shipped as main code so anyone writing a log
 * (JDBC, Kafka, …) can prove it: extend {@link dev.harness4j.test.log.EventLogConformance}, say how to create a log
 * and, for a durable one, how to reopen it and how to tear its last write, and run it with JUnit 5.
 */
package dev.harness4j.test.log;
