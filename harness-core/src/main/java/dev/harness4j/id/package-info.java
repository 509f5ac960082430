/** Identity: the injected id generator that names every resource and event. */
package dev.harness4j.id;
