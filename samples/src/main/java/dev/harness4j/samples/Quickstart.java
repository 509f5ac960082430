package dev.harness4j.samples;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.brain.ModelResolver;
import dev.harness4j.environment.Environment;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.event.UserMessage;
import dev.harness4j.log.EventStream;
import dev.harness4j.session.Session;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.WorkspaceFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.StringJoiner;

/**
 * The Managed Agents quickstart, in-process: a coding agent writes the first 20 Fibonacci numbers to
 * {@code fibonacci.txt}, and the events stream as they come. Options: {@code --json} prints one JSON event per line;
 * {@code --workdir DIR} uses a host directory as the workspace, so the file lands in {@code DIR}.
 */
final class Quickstart {
    static final String TASK = "Generate the first 20 Fibonacci numbers and save them to fibonacci.txt, one per line.";

    private Quickstart() {
    }

    static int run(String[] args) throws InterruptedException {
        boolean json = false;
        Path workdir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--workdir" -> workdir = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: quickstart [--json] [--workdir DIR]");
                    return 2;
                }
            }
        }
        Models.Choice choice = Models.choose(System.getenv(), Quickstart::scriptedBrain);
        if (!json) {
            System.out.println("harness4j quickstart, running on " + choice.description());
        }
        try (Harness harness = Harness.builder().models(choice.resolver()).build()) {
            Agent agent = harness.agents().create(AgentSpec.builder()
                    .name("Coding Assistant")
                    .model("claude-sonnet-4-6")
                    .system("You are a helpful coding assistant.")
                    .tool(AgentToolset.all())
                    .build());
            Environment env = harness.environments().create(workdir == null
                    ? EnvironmentSpec.inMemory("quickstart-env")
                    : EnvironmentSpec.hostDirectory("quickstart-env", workdir.toAbsolutePath()));
            Session session = harness.sessions().create(agent, env);
            EventPrinter printer = new EventPrinter(System.out, json);
            boolean ok;
            try (EventStream events = session.stream()) {       // open the stream first, then send
                session.send(UserMessage.text(TASK));
                ok = drain(events, printer);
            }
            if (!json) {
                byte[] file = WorkspaceFiles.readAll(session.workspace().resolve("fibonacci.txt", Intent.READ), 1 << 20);
                System.out.println();
                System.out.println("fibonacci.txt in the session's workspace (/workspace/fibonacci.txt):");
                System.out.print(new String(file, StandardCharsets.UTF_8));
            }
            return ok ? 0 : 1;
        }
    }

    private static boolean drain(EventStream events, EventPrinter printer) throws InterruptedException {
        for (Event e; (e = events.take()) != null; ) {
            printer.print(e);
            if (e instanceof SessionStatusIdle idle && idle.endsTurn()) {
                return idle.stopReason() instanceof dev.harness4j.event.StopReason.EndTurn;
            }
            if (e instanceof SessionStatusTerminated) {
                return false;
            }
        }
        return false;
    }

    /** The offline brain: fixed replies that say plainly that they are scripted. */
    static ModelResolver scriptedBrain() {
        StringJoiner numbers = new StringJoiner("\n", "", "\n");
        long a = 0;
        long b = 1;
        for (int i = 0; i < 20; i++) {
            numbers.add(Long.toString(a));
            long next = a + b;
            a = b;
            b = next;
        }
        String content = numbers.toString().replace("\n", "\\n");
        ScriptedChatModel model = ScriptedChatModel.builder().name("quickstart script")
                .thenTextAndToolCalls("(Scripted brain: these replies are fixed in the sample; no model is called.) "
                        + "I'll write the first 20 Fibonacci numbers to fibonacci.txt.",
                        ScriptedChatModel.toolCall("write", "{\"file_path\":\"fibonacci.txt\",\"content\":\"" + content + "\"}"))
                .thenTextAndToolCalls("Let me check the file.",
                        ScriptedChatModel.toolCall("read", "{\"file_path\":\"fibonacci.txt\"}"))
                .thenText("Done: fibonacci.txt holds the first 20 Fibonacci numbers, 0 through 4181, one per line.")
                .build();
        return ModelResolver.always(model);
    }
}
