package dev.harness4j.log;

import static dev.harness4j.test.log.ConformanceEvents.events;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.ConflictException;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What only the file log promises: its file format, torn-tail repair, corruption reports, fsync policies. */
class FileEventLogTest {
    private static final String S = "sesn_file";

    @TempDir
    Path dir;

    @Test
    void writesOneJsonLinePerEvent() throws IOException {
        try (FileEventLog log = FileEventLog.open(dir)) {
            log.append(S, events("fmt", 0, 3));
            assertEquals(dir.resolve(S + ".jsonl"), log.file(S));
        }
        List<String> lines = Files.readAllLines(dir.resolve(S + ".jsonl"), StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("{\"id\":\"sevt_fmt_0\",\"type\":\"agent.message\""), lines.get(0));
        assertTrue(lines.get(0).contains("\\n"), "newlines in text are escaped: " + lines.get(0));
    }

    @Test
    void aCorruptMiddleLineFailsReadsThatReachItNamingFileAndLine() throws IOException {
        Path file = writeAndClose(events("corrupt", 0, 5));
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(2, "{\"id\":\"sevt_corrupt_2\",\"type\":\"agent.mess");
        Files.write(file, lines, StandardCharsets.UTF_8);
        try (FileEventLog log = FileEventLog.open(dir)) {
            assertEquals(5, log.size(S));
            CorruptLogException e = assertThrows(CorruptLogException.class, () -> log.read(S, 0, 5));
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("line 3"), e.getMessage());
            assertEquals(3, e.line());
            assertEquals(file, e.file());
            assertEquals(events("corrupt", 0, 2), log.read(S, 0, 2));
            assertEquals(events("corrupt", 3, 2), log.read(S, 3, 2));
            assertThrows(CorruptLogException.class, () -> log.subscribe(S, 0).take());
        }
    }

    @Test
    void aTornLineWithoutNewlineIsTruncatedFromTheFile() throws IOException {
        Path file = writeAndClose(events("torn", 0, 3));
        byte[] intact = Files.readAllBytes(file);
        Files.write(file, "{\"id\":\"sevt_torn_3\",\"type\":\"agent.message\",\"con".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        try (FileEventLog log = FileEventLog.open(dir)) {
            assertEquals(3, log.size(S));
            assertArrayEquals(intact, Files.readAllBytes(file), "the torn bytes are gone from disk");
            assertEquals(3, log.append(S, events("torn", 3, 1)));
        }
        assertEquals(4, Files.readAllLines(file, StandardCharsets.UTF_8).size());
        try (FileEventLog log = FileEventLog.open(dir)) {
            assertEquals(events("torn", 0, 4), log.read(S, 0, 10));
        }
    }

    @Test
    void anUnparseableLastLineIsTruncatedFromTheFile() throws IOException {
        Path file = writeAndClose(events("garbled", 0, 3));
        byte[] intact = Files.readAllBytes(file);
        Files.write(file, "{\"id\":\"sevt_garbled_3\",\"type\":\"agent.mes\n".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        try (FileEventLog log = FileEventLog.open(dir)) {
            assertEquals(events("garbled", 0, 3), log.read(S, 0, 10));
            assertArrayEquals(intact, Files.readAllBytes(file));
        }
    }

    @ParameterizedTest
    @EnumSource(FsyncPolicy.class)
    void everyFsyncPolicyKeepsConcurrentAppendsAcrossAReopen(FsyncPolicy policy) throws Exception {
        int threads = 4;
        int perThread = 60;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (FileEventLog log = FileEventLog.open(dir, policy)) {
            assertEquals(policy, log.policy());
            List<Future<List<Long>>> offsets = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String tag = policy + "_" + t;
                offsets.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i += 2) {
                        mine.add(log.append(S, events(tag, i, 2)));
                    }
                    return mine;
                }));
            }
            List<Event> stored = null;
            for (int t = 0; t < threads; t++) {
                List<Long> mine = offsets.get(t).get(30, TimeUnit.SECONDS);
                stored = log.read(S, 0, Integer.MAX_VALUE);
                for (int k = 0; k < mine.size(); k++) {
                    int at = mine.get(k).intValue();
                    assertEquals(events(policy + "_" + t, 2 * k, 2), stored.subList(at, at + 2));
                }
            }
            assertEquals(threads * perThread, stored.size());
        } finally {
            pool.shutdownNow();
        }
        try (FileEventLog reopened = FileEventLog.open(dir, policy)) {
            assertEquals(threads * perThread, reopened.size(S));
            assertEquals(threads * perThread, Files.readAllLines(reopened.file(S)).size());
            assertEquals(threads * perThread, reopened.append(S, events("after", 0, 1)));
        }
    }

    @Test
    void unsafeSessionIdsAreRefusedAndTouchNothing() throws IOException {
        try (FileEventLog log = FileEventLog.open(dir)) {
            for (String id : List.of("../escape", "a/b", "a\\b", ".hidden", "-dash", "x y", "nul\0", "é",
                    "x".repeat(129))) {
                assertThrows(InvalidRequestException.class, () -> log.append(id, events("bad", 0, 1)), id);
                assertThrows(InvalidRequestException.class, () -> log.read(id, 0, 1), id);
                assertThrows(InvalidRequestException.class, () -> log.size(id), id);
                assertThrows(InvalidRequestException.class, () -> log.subscribe(id, 0), id);
                assertThrows(InvalidRequestException.class, () -> log.delete(id), id);
            }
            log.append("sesn_OK-1.2", events("ok", 0, 1));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("sesn_OK-1.2.jsonl"), files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).toList());
        }
        assertFalse(Files.exists(dir.getParent().resolve("escape.jsonl")));
    }

    @Test
    void unknownSessionsLeaveNoFiles() throws Exception {
        try (FileEventLog log = FileEventLog.open(dir)) {
            assertEquals(0, log.size(S));
            assertEquals(List.of(), log.read(S, 0, 1));
            assertEquals(0, log.append(S, List.of()));
            log.subscribe(S, 0).close();
            log.delete(S);
            assertFalse(Files.exists(log.file(S)));
        }
    }

    @Test
    void deleteRemovesTheFile() throws IOException {
        try (FileEventLog log = FileEventLog.open(dir)) {
            log.append(S, events("gone", 0, 2));
            assertTrue(Files.exists(log.file(S)));
            log.delete(S);
            assertFalse(Files.exists(log.file(S)));
        }
    }

    @ParameterizedTest
    @EnumSource(FsyncPolicy.class)
    void anInterruptedAppenderNeitherFailsNorBreaksTheFile(FsyncPolicy policy) {
        try (FileEventLog log = FileEventLog.open(dir, policy)) {
            Thread.currentThread().interrupt();
            try {
                assertEquals(0, log.append(S, events("intr", 0, 2)));
                assertEquals(events("intr", 0, 2), log.read(S, 0, 10));
                assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag is kept");
            } finally {
                Thread.interrupted();
            }
            assertEquals(2, log.append(S, events("intr", 2, 1)));
            assertEquals(events("intr", 0, 3), log.read(S, 0, 10));
        }
    }

    @Test
    void aDirectoryIsOwnedByOneOpenLog() {
        try (FileEventLog log = FileEventLog.open(dir)) {
            ConflictException e = assertThrows(ConflictException.class, () -> FileEventLog.open(dir));
            assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        }
        FileEventLog.open(dir).close();
    }

    /** Correctness of the positional index over a long session; its speed is measured in harness-bench, not here. */
    @Test
    void reopeningALongSessionReadsAnyWindowThroughTheIndex() {
        int total = 100_000;
        try (FileEventLog log = FileEventLog.open(dir, FsyncPolicy.NONE)) {
            for (int i = 0; i < total; i += 1000) {
                log.append(S, events("long", i, 1000));
            }
        }
        try (FileEventLog log = FileEventLog.open(dir)) {
            assertEquals(total, log.size(S));
            assertEquals(events("long", total - 20, 20), log.read(S, total - 20, 20));
            assertEquals(events("long", 54_321, 7), log.read(S, 54_321, 7));
            assertEquals(events("long", 0, 3), log.read(S, 0, 3));
        }
    }

    private Path writeAndClose(List<Event> events) {
        try (FileEventLog log = FileEventLog.open(dir)) {
            log.append(S, events);
            return log.file(S);
        }
    }
}
