package dev.harness4j.log;

import dev.harness4j.ConflictException;
import dev.harness4j.HarnessException;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.Event;
import dev.harness4j.event.EventCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An {@link EventLog} of JSON-lines files, one per session: {@code <dir>/<sessionId>.jsonl}, one event per line.
 *
 * <p>Each open session keeps an index of line positions, built lazily by one scan for newlines, so reads seek.
 * On first use of a file a torn last line (no trailing newline, or unparseable) is logged and truncated away; a damaged
 * line elsewhere makes reads of it fail with {@link CorruptLogException}. Appends encode every event first and write
 * whole lines; how durable they are on return is set by the {@link FsyncPolicy} (default {@link FsyncPolicy#GROUP}).
 * One instance owns a directory at a time (enforced with a lock file).
 */
public final class FileEventLog implements EventLog {
    /** The file name extension of a session's log. */
    public static final String EXTENSION = ".jsonl";
    private static final String LOCK_FILE = ".harness4j-log.lock";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    private final Path directory;
    private final FsyncPolicy policy;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ConcurrentHashMap<String, SessionFile> sessions = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private FileEventLog(Path directory, FsyncPolicy policy, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.policy = policy;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (creating if needed) a log in {@code directory} with {@link FsyncPolicy#GROUP} group commit. */
    public static FileEventLog open(Path directory) {
        return open(directory, FsyncPolicy.GROUP);
    }

    /** Opens (creating if needed) a log in {@code directory} with the given fsync policy. */
    public static FileEventLog open(Path directory, FsyncPolicy policy) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(policy, "policy");
        FileChannel channel = null;
        try {
            Files.createDirectories(directory);
            channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new OverlappingFileLockException();
            }
            return new FileEventLog(directory, policy, channel, lock);
        } catch (OverlappingFileLockException held) {
            closeQuietly(channel);
            throw new ConflictException("event log directory " + directory
                    + " is already open by another FileEventLog");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new HarnessException("cannot open event log directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The directory holding the session files. */
    public Path directory() {
        return directory;
    }

    /** The fsync policy appends follow. */
    public FsyncPolicy policy() {
        return policy;
    }

    /** The file that holds (or will hold) a session's log; refuses an id that is not a safe file name. */
    public Path file(String sessionId) {
        Checks.sessionId(sessionId);
        if (!SAFE_ID.matcher(sessionId).matches()) {
            throw new InvalidRequestException("session id '" + sessionId + "' is not a safe file name: use letters, "
                    + "digits, '_', '-' and '.', not starting with '.' or '-', at most 128 characters");
        }
        return directory.resolve(sessionId + EXTENSION);
    }

    @Override
    public long append(String sessionId, List<? extends Event> events) {
        Path file = file(sessionId);
        Checks.events(events);
        if (events.isEmpty()) {
            return size(sessionId);
        }
        ensureOpen();
        int[] lineEnds = new int[events.size()];
        byte[] lines = encode(events, lineEnds);
        return withSession(sessionId, file, true, s -> s.append(lines, lineEnds), -1L);
    }

    /** Encodes every event before anything is written, so an event that cannot be encoded writes nothing. */
    private static byte[] encode(List<? extends Event> events, int[] lineEnds) {
        EventCodec codec = EventCodec.get();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(Math.min(1 << 20, 256 * events.size()));
        int i = 0;
        for (Event event : events) {
            byte[] json = codec.encodeBytes(event);
            buffer.write(json, 0, json.length);
            buffer.write('\n');
            lineEnds[i++] = buffer.size();
        }
        return buffer.toByteArray();
    }

    @Override
    public List<Event> read(String sessionId, long from, int limit) {
        Path file = file(sessionId);
        Checks.window(from, limit);
        return withSession(sessionId, file, false, s -> s.read(from, limit), List.of());
    }

    @Override
    public long size(String sessionId) {
        Path file = file(sessionId);
        return withSession(sessionId, file, false, s -> (long) s.size(), 0L);
    }

    @Override
    public EventStream subscribe(String sessionId, long from) {
        Path file = file(sessionId);
        Checks.from(from);
        return withSession(sessionId, file, true, s -> new Subscription(s, from), null);
    }

    @Override
    public void delete(String sessionId) {
        Path file = file(sessionId);
        ensureOpen();
        // Under the map's lock for this id: nobody can open a fresh handle on the file until it is gone.
        sessions.compute(sessionId, (id, existing) -> {
            (existing != null ? existing : new SessionFile(file, policy)).delete();
            return null;
        });
    }

    /**
     * Runs {@code op} on the session's loaded file, retrying on a fresh one if it was deleted meanwhile. Without
     * {@code create}, a session with no file answers {@code absent} and leaves nothing behind.
     */
    private <T> T withSession(String sessionId, Path file, boolean create, Function<SessionFile, T> op, T absent) {
        while (true) {
            ensureOpen();
            SessionFile session = sessions.get(sessionId);
            if (session == null) {
                if (!create && !Files.exists(file)) {
                    return absent;
                }
                session = sessions.computeIfAbsent(sessionId, id -> new SessionFile(file, policy));
                if (closed) { // closed while we created it
                    session.close();
                    throw Checks.closed();
                }
            }
            try {
                session.load();
                return op.apply(session);
            } catch (SessionFile.Detached gone) {
                sessions.remove(sessionId, session);
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            for (SessionFile session : sessions.values()) {
                session.close();
            }
            sessions.clear();
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel below releases it too
            }
            closeQuietly(lockChannel);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw Checks.closed();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do: the channel is gone either way
            }
        }
    }

    @Override
    public String toString() {
        return "FileEventLog[" + directory + ", " + policy + (closed ? ", closed]" : "]");
    }
}
