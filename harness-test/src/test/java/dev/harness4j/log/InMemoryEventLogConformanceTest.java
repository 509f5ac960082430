package dev.harness4j.log;

import dev.harness4j.test.log.EventLogConformance;

/** The in-memory log keeps the EventLog contract (it is not durable: the durability tests are skipped). */
class InMemoryEventLogConformanceTest extends EventLogConformance {
    @Override
    protected EventLog createLog() {
        return new InMemoryEventLog();
    }
}
