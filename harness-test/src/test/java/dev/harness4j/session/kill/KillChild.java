package dev.harness4j.session.kill;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserMessage;
import dev.harness4j.event.UserToolConfirmation;
import dev.harness4j.log.EventStream;
import dev.harness4j.log.FileEventLog;
import dev.harness4j.session.Session;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The process the kill test kills. It runs several {@link KillScript} sessions at once, each on its own file-backed
 * harness under {@code ROOT/<label>}, and prints {@code ACK <label> <event id> <type>} after each append returned
 * (the event is acknowledged as durable). Each session is given {@code label:mode:point}: mode {@code run} answers
 * asks itself, {@code noanswer} never does, {@code block} makes the {@code read} tool block (printing
 * {@code BLOCKING <label>}); point {@code before-k}/{@code after-k} freezes the session's writers around its k-th
 * append (printing {@code FROZEN <label>}), {@code none} lets it finish ({@code DONE <label> <appends>}).
 */
public final class KillChild {
    private KillChild() {
    }

    /** Entry point: {@code KillChild ROOT label:mode:point...}. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        PrintStream out = System.out;
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] spec = args[i].split(":");
            Thread t = new Thread(() -> {
                try {
                    run(root.resolve(spec[0]), spec[0], spec[1], spec[2], out);
                } catch (Exception e) {
                    print(out, "FAILED " + spec[0] + " " + e);
                    e.printStackTrace();
                }
            }, "session-" + spec[0]);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.exit(0);
    }

    private static void print(PrintStream out, String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    private static void run(Path dir, String label, String mode, String point, PrintStream out) throws Exception {
        Path harnessDir = dir.resolve("harness");
        FreezingLog log = new FreezingLog(FileEventLog.open(harnessDir.resolve("events")), point, label,
                line -> print(out, line));
        Harness harness = KillScript.harness(harnessDir, dir.resolve("side-effects.txt"), mode.equals("block"),
                () -> print(out, "BLOCKING " + label), log);
        Agent agent = harness.agents().create(AgentSpec.builder().name("kill").model("claude-sonnet-4-6")
                .tool(KillScript.toolset()).build());
        Session session = harness.sessions().create(agent, harness.environments().create(EnvironmentSpec.inMemory("e")));
        print(out, "SESSION " + label + " " + session.id());
        Map<String, AgentToolUse> uses = new HashMap<>();
        Set<String> answered = new HashSet<>();
        int turns = 0;
        try (EventStream stream = session.stream(0)) {
            session.send(UserMessage.text(KillScript.FIRST), UserMessage.text(KillScript.SECOND));
            for (Event e; (e = stream.take()) != null; ) {
                if (e instanceof AgentToolUse u) {
                    uses.put(u.id(), u);
                }
                if (e instanceof SessionStatusIdle idle && idle.stopReason() instanceof StopReason.RequiresAction ra
                        && !mode.equals("noanswer")) {
                    List<UserEvent> answers = new ArrayList<>();
                    for (String id : ra.eventIds()) {
                        if (answered.add(id)) {
                            String tag = (String) uses.get(id).input().get("file_path");
                            answers.add(KillScript.allows(tag) ? UserToolConfirmation.allow(id)
                                    : UserToolConfirmation.deny(id, "not " + tag));
                        }
                    }
                    if (!answers.isEmpty()) {
                        session.send(answers);
                    }
                }
                if (e instanceof SessionStatusIdle idle && idle.endsTurn() && ++turns == 2) {
                    break;
                }
            }
        }
        print(out, "DONE " + label + " " + log.appends());
        harness.close();
    }
}
