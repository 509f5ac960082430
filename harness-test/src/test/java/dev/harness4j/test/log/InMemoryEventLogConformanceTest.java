package dev.harness4j.test.log;

import dev.harness4j.log.EventLog;
import dev.harness4j.log.InMemoryEventLog;

/** The in-memory log keeps the EventLog contract (it is not durable: the durability tests are skipped). */
class InMemoryEventLogConformanceTest extends EventLogConformance {
    @Override
    protected EventLog createLog() {
        return new InMemoryEventLog();
    }
}
