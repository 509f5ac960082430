package dev.harness4j.samples;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.agent.Multiagent;
import dev.harness4j.agent.RosterEntry;
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
import java.util.Map;

/**
 * A team on one workspace, offline: a coordinator ("lead") delegates at once to a reviewer and a test writer, each in
 * its own session thread with its own scripted model; the primary stream shows the threads' condensed activity
 * ({@code session.thread_created}, {@code agent.thread_message_sent/received}, thread status events). The test writer's
 * file lands in the shared workspace, where the lead reads it.
 */
final class Team {
    static final String CODE = "int add(int a, int b) { return a - b; }\n";

    private Team() {
    }

    static int run(String[] args) throws Exception {
        Map<String, ScriptedChatModel> models = Map.of(
                "lead-model", ScriptedChatModel.builder().name("lead")
                        .thenToolCall("delegate", "{\"tasks\":["
                                + "{\"agent\":\"reviewer\",\"task\":\"Review src/Calc.java\"},"
                                + "{\"agent\":\"test writer\",\"task\":\"Write tests for add in tests/CalcTest.java\"}"
                                + "]}")
                        .thenToolCall("read", "{\"file_path\":\"tests/CalcTest.java\"}")
                        .thenText("The reviewer found a bug in add (it subtracts); the new test catches it.")
                        .build(),
                "reviewer-model", ScriptedChatModel.builder().name("reviewer")
                        .thenToolCall("read", "{\"file_path\":\"src/Calc.java\"}")
                        .thenText("Bug: add returns a - b.").build(),
                "tester-model", ScriptedChatModel.builder().name("test writer")
                        .thenToolCall("write", "{\"file_path\":\"tests/CalcTest.java\","
                                + "\"content\":\"assert add(2, 2) == 4;\\n\"}")
                        .thenText("Wrote tests/CalcTest.java.").build());
        System.out.println("harness4j team, running on scripted models (offline)");
        try (Harness harness = Harness.builder().models(config -> models.get(config.id())).build()) {
            Agent reviewer = harness.agents().create(AgentSpec.builder().name("reviewer").model("reviewer-model")
                    .system("You review code.").tool(AgentToolset.all()).build());
            Agent tester = harness.agents().create(AgentSpec.builder().name("test writer").model("tester-model")
                    .system("You write tests.").tool(AgentToolset.all()).build());
            Agent lead = harness.agents().create(AgentSpec.builder().name("lead").model("lead-model")
                    .system("You lead a team; delegate, then check the work.").tool(AgentToolset.all())
                    .multiagent(Multiagent.coordinator(RosterEntry.agent(reviewer.id()),
                            RosterEntry.agent(tester.id())))
                    .build());
            Session session = harness.sessions().create(lead, harness.environments().create(
                    EnvironmentSpec.builder().name("team-env").seedFile("src/Calc.java", CODE).build()));
            EventPrinter printer = new EventPrinter(System.out, false);
            try (EventStream events = session.stream()) {
                session.send(UserMessage.text("Review Calc and add tests."));
                for (Event e; (e = events.take()) != null; ) {
                    printer.print(e);
                    if ((e instanceof SessionStatusIdle idle && idle.endsTurn()) || e instanceof SessionStatusTerminated) {
                        break;
                    }
                }
            }
            byte[] test = WorkspaceFiles.readAll(session.workspace().resolve("tests/CalcTest.java", Intent.READ),
                    1 << 16);
            System.out.println("tests/CalcTest.java: " + new String(test, StandardCharsets.UTF_8).trim());
            System.out.println("usage: " + session.usage().inputTokens() + " input tokens over all threads");
        }
        return 0;
    }
}
