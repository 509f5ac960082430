package dev.harness4j.log;

/** The file log keeps the EventLog contract with {@link FsyncPolicy#NONE} too (lines published as soon as written). */
class FileEventLogWithoutFsyncConformanceTest extends FileEventLogConformanceTest {
    @Override
    protected EventLog createLog() {
        return FileEventLog.open(dir, FsyncPolicy.NONE);
    }
}
