package dev.harness4j.log;

/** How hard {@link FileEventLog} works to make an append survive a crash before it returns. */
public enum FsyncPolicy {
    /** Write and hand the bytes to the operating system, never fsync: survives a process crash, not a power loss. */
    NONE,
    /** Group commit: appenders arriving while an fsync runs share the next one; each append returns once fsynced. */
    GROUP,
    /** Each append is fsynced on its own before the next one is written: the slowest, for comparison. */
    EVERY_APPEND
}
