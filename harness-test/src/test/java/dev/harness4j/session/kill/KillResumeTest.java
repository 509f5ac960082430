package dev.harness4j.session.kill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.Harness;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserToolConfirmation;
import dev.harness4j.log.EventStream;
import dev.harness4j.session.Session;
import dev.harness4j.session.SessionStatus;
import dev.harness4j.test.transcript.Transcript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills child JVMs running file-backed scripted sessions with SIGKILL ({@link Process#destroyForcibly()}) at every
 * point of a session's run — each session's writers frozen just before or just after its k-th log append, for every
 * k (several sessions per child JVM, so a dozen points cost one JVM start), one session blocked inside a tool, one
 * waiting for confirmations — then reopens each directory here and checks: no acknowledged event is lost, no tool ran twice (the side
 * effect file), every tool use has exactly one result, and the session finishes its two turns after its asks are
 * answered.
 */
class KillResumeTest {
    private static final int LANES = 3;
    private static final int PER_CHILD = 12;
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    /** What a killed child left: where, which session, which events it acknowledged. */
    private record Killed(String label, Path dir, Path sideEffects, String sessionId, List<String> acknowledged,
                          int done) {
    }

    @Test
    void aSessionKilledAtAnyPointResumesWithNothingLostOrDoneTwice() throws Exception {
        Map<String, Killed> baseline = runChild(List.of("full:run:none"));
        Killed full = baseline.get("full");
        assertTrue(full.done() > 0, "the baseline run finishes");
        int appends = full.done();
        verify(full);

        // Freeze points around every append (before the first there is no session history to resume), a tool
        // blocked mid-call, and a session that never answers its asks.
        List<String> specs = new ArrayList<>();
        for (int k = 1; k <= appends; k++) {
            specs.add("a" + k + ":run:after-" + k);
            if (k > 1) {
                specs.add("b" + k + ":run:before-" + k);
            }
        }
        specs.add("midtool:block:none");
        specs.add("asking:noanswer:none");
        assertTrue(specs.size() >= 50, "at least 50 kill points, got " + specs.size());
        List<List<String>> children = new ArrayList<>();
        for (int i = 0; i < specs.size(); i += PER_CHILD) {
            children.add(specs.subList(i, Math.min(specs.size(), i + PER_CHILD)));
        }
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Map<String, Killed>>> killed = new ArrayList<>();
            for (List<String> child : children) {
                killed.add(lanes.submit(() -> runChild(child)));
            }
            List<java.util.concurrent.Callable<String>> checks = new ArrayList<>();
            for (Future<Map<String, Killed>> f : killed) {
                for (Killed k : f.get().values()) {
                    checks.add(() -> verify(k));
                }
            }
            assertEquals(specs.size(), checks.size());
            for (Future<String> f : lanes.invokeAll(checks)) {
                f.get();
            }
        } finally {
            lanes.shutdownNow();
        }
    }

    /**
     * Starts one child JVM running the sessions of {@code specs}; kills it with SIGKILL once every session is frozen,
     * blocked in a tool, waiting for answers or done. Returns what each session left.
     */
    private Map<String, Killed> runChild(List<String> specs) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("child-" + specs.get(0).split(":")[0]));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp", System.getProperty("java.class.path"), KillChild.class.getName(), root.toString()));
        command.addAll(specs);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(root.resolve("child.err").toFile());
        Process child = pb.start();
        Map<String, String> sessions = new HashMap<>();
        Map<String, List<String>> acks = new HashMap<>();
        Map<String, Integer> done = new HashMap<>();
        Set<String> ready = new HashSet<>();
        Set<String> labels = new HashSet<>();
        specs.forEach(s -> labels.add(s.split(":")[0]));
        boolean killed = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "SESSION" -> sessions.put(f[1], f[2]);
                    case "ACK" -> {
                        acks.computeIfAbsent(f[1], x -> new ArrayList<>()).add(f[2]);
                        if (line.endsWith(" RA") && f[1].equals("asking")) {
                            ready.add(f[1]);
                        }
                    }
                    case "FROZEN", "BLOCKING" -> ready.add(f[1]);
                    case "DONE" -> {
                        done.put(f[1], Integer.parseInt(f[2]));
                        ready.add(f[1]);
                    }
                    case "FAILED" -> throw new AssertionError("child session failed: " + line + "; " + stderr(root));
                    default -> { }
                }
                if (ready.containsAll(labels) && !done.keySet().containsAll(labels)) {
                    child.destroyForcibly();
                    killed = true;
                    break;
                }
            }
        } finally {
            if (!child.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new AssertionError("the child did not end; stderr: " + stderr(root));
            }
        }
        if (!killed && child.exitValue() != 0) {
            throw new AssertionError("the child failed with " + child.exitValue() + ": " + stderr(root));
        }
        Map<String, Killed> out = new HashMap<>();
        for (String label : labels) {
            if (!sessions.containsKey(label)) {
                throw new AssertionError(label + ": the child printed no session; stderr: " + stderr(root));
            }
            Path dir = root.resolve(label);
            out.put(label, new Killed(label, dir.resolve("harness"), dir.resolve("side-effects.txt"),
                    sessions.get(label), acks.getOrDefault(label, List.of()), done.getOrDefault(label, 0)));
        }
        return out;
    }

    /** Reopens what the child left, answers asks until both turns are over, and checks the invariants. */
    private String verify(Killed k) throws Exception {
        try (Harness h = KillScript.harness(k.dir(), k.sideEffects(), false, () -> { })) {
            Session s = h.sessions().retrieve(k.sessionId());
            List<Event> events = driveToEnd(k, s);
            Set<String> ids = new HashSet<>();
            events.forEach(e -> ids.add(e.id()));
            for (String id : k.acknowledged()) {
                assertTrue(ids.contains(id), k.label() + ": acknowledged event " + id + " is lost");
            }
            List<dev.harness4j.event.SessionError> errors = Transcript.of(events).all(dev.harness4j.event.SessionError.class);
            assertTrue(errors.isEmpty(), k.label() + ": the session recorded errors: " + errors);
            Transcript t = Transcript.of(events).everyToolUseHasOneResult().idleWith("end_turn");
            assertEquals(SessionStatus.IDLE, s.status());
            List<String> lines = Files.exists(k.sideEffects()) ? Files.readAllLines(k.sideEffects()) : List.of();
            Set<String> done = new HashSet<>();
            for (String tag : lines) {
                assertTrue(done.add(tag), k.label() + ": " + tag + " ran twice: " + lines);
                assertTrue(!tag.startsWith("deny"), k.label() + ": a denied call ran: " + lines);
            }
            Map<String, AgentToolUse> uses = new HashMap<>();
            t.all(AgentToolUse.class).forEach(u -> uses.put(u.id(), u));
            for (AgentToolResult r : t.all(AgentToolResult.class)) {
                String tag = (String) uses.get(r.toolUseId()).input().get("file_path");
                if (!r.error() && !tag.startsWith("r")) {
                    assertTrue(done.contains(tag), k.label() + ": " + tag + " succeeded but left no side effect");
                }
            }
            for (String tag : List.of("w1", "w2", "w10", "allow-b4")) {
                assertTrue(t.all(AgentToolUse.class).stream().anyMatch(u -> tag.equals(u.input().get("file_path"))),
                        k.label() + ": the script did not get to " + tag);
            }
            return k.label();
        }
    }

    private static List<Event> driveToEnd(Killed k, Session s) throws InterruptedException {
        Map<String, AgentToolUse> uses = new HashMap<>();
        Set<String> answered = new HashSet<>();
        int turns = 0;
        long deadline = System.nanoTime() + CHILD_TIMEOUT.toNanos();
        try (EventStream stream = s.stream(0)) {
            while (turns < 2) {
                Event e = stream.poll(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                if (e == null) {
                    throw new AssertionError(k.label() + ": the resumed session did not finish: "
                            + s.events().stream().map(Event::type).toList());
                }
                if (e instanceof AgentToolUse u) {
                    uses.put(u.id(), u);
                }
                if (e instanceof SessionStatusIdle idle && idle.endsTurn()) {
                    turns++;
                }
                if (e instanceof SessionStatusIdle idle && idle.stopReason() instanceof StopReason.RequiresAction ra
                        && stream.position() == s.events().size()) {
                    // Only the latest idle needs answers; earlier ones may already be answered in the log.
                    for (String id : ra.eventIds()) {
                        if (answered.add(id) && !answeredInLog(s, id)) {
                            String tag = (String) uses.get(id).input().get("file_path");
                            s.send(KillScript.allows(tag) ? UserToolConfirmation.allow(id)
                                    : UserToolConfirmation.deny(id, "not " + tag));
                        }
                    }
                }
            }
        }
        return s.events();
    }

    private static boolean answeredInLog(Session s, String id) {
        return s.events().stream().anyMatch(e -> e instanceof UserToolConfirmation c && c.toolUseId().equals(id));
    }

    private static String stderr(Path dir) {
        try {
            return Files.readString(dir.resolve("child.err")).lines().limit(40).reduce("", (a, b) -> a + "\n" + b);
        } catch (IOException e) {
            return "(no stderr: " + e + ")";
        }
    }
}
