package dev.harness4j.log;

import dev.harness4j.test.log.EventLogConformance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.io.TempDir;

/** The JSON-lines file log keeps the EventLog contract, durability included, with its default group commit. */
class FileEventLogConformanceTest extends EventLogConformance {
    @TempDir
    Path dir;

    @Override
    protected EventLog createLog() {
        return FileEventLog.open(dir);
    }

    @Override
    protected EventLog reopen(EventLog closedLog) {
        FileEventLog closed = (FileEventLog) closedLog;
        return FileEventLog.open(closed.directory(), closed.policy());
    }

    @Override
    protected void tearLastWrite(EventLog closedLog, String sessionId) throws Exception {
        Path file = ((FileEventLog) closedLog).file(sessionId);
        Files.write(file, "{\"id\":\"sevt_torn\",\"type\":\"agent.mes".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
    }
}
