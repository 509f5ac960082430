package dev.harness4j.id;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/** Makes the ids of resources and events ({@code sevt_…}, {@code agent_…}, …); injected so tests replay byte-identically. */
@FunctionalInterface
public interface IdGenerator {

    /** Returns a new id that starts with {@code prefix} and an underscore. */
    String next(String prefix);

    /** Ids that sort by creation time and carry 96 random bits, in the style of the hosted API. */
    static IdGenerator random(Clock clock) {
        return new RandomIdGenerator(clock);
    }

    /** Ids {@code prefix_000001}, {@code prefix_000002}, … counted per generator: for tests and replay. */
    static IdGenerator sequential() {
        AtomicLong counter = new AtomicLong();
        return prefix -> prefix + "_" + String.format("%06d", counter.incrementAndGet());
    }

    /** Well-known prefixes. */
    final class Prefix {
        /** Session events. */
        public static final String EVENT = "sevt";
        /** Agents. */
        public static final String AGENT = "agent";
        /** Environments. */
        public static final String ENVIRONMENT = "env";
        /** Sessions. */
        public static final String SESSION = "sesn";
        /** Session threads. */
        public static final String THREAD = "sthr";
        /** Outcomes. */
        public static final String OUTCOME = "outc";

        private Prefix() {
        }
    }
}
