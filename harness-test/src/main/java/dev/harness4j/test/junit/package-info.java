/** JUnit 5 support: an extension that injects a ready harness with a fixed clock, sequential ids and a scripted model. */
package dev.harness4j.test.junit;
