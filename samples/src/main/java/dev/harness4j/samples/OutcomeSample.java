package dev.harness4j.samples;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.brain.ModelResolver;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.Event;
import dev.harness4j.event.Rubric;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserDefineOutcome;
import dev.harness4j.log.EventStream;
import dev.harness4j.outcome.ModelGrader;
import dev.harness4j.session.OutcomeEvaluation;
import dev.harness4j.session.Session;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.workspace.Intent;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * An outcome (§9): instead of a message, the session gets a {@code user.define_outcome} — a task and a rubric. The
 * agent writes {@code /mnt/session/outputs/haiku.txt}; when it ends its turn a grader, in its own context, judges the
 * file and the agent's final message against the rubric. A {@code needs_revision} verdict is fed back and the agent
 * revises; {@code satisfied} ends the outcome. Offline, both the agent and the grader are scripted (the grader
 * really checks the file's line count); with a real model the default grader asks the agent's model.
 */
final class OutcomeSample {
    static final String PATH = "/mnt/session/outputs/haiku.txt";
    static final String RUBRIC = """
            - The file /mnt/session/outputs/haiku.txt exists.
            - It holds a haiku: exactly three lines.
            - It is about the sea.""";

    private OutcomeSample() {
    }

    static int run(String[] args) throws InterruptedException, IOException {
        if (args.length > 0) {
            System.err.println("usage: outcome");
            return 2;
        }
        Models.Choice choice = Models.choose(System.getenv(), OutcomeSample::scriptedAgent);
        System.out.println("harness4j outcome, running on " + choice.description());
        Harness.HarnessBuilder builder = Harness.builder().models(choice.resolver());
        if (choice.scripted()) {
            builder.grader(ModelGrader.of(scriptedGrader()));
        }
        try (Harness harness = builder.build()) {
            Agent agent = harness.agents().create(AgentSpec.builder()
                    .name("Poet")
                    .model("claude-sonnet-4-6")
                    .system("You write short poems into files.")
                    .tool(AgentToolset.all())
                    .build());
            Session session = harness.sessions().create(agent,
                    harness.environments().create(EnvironmentSpec.inMemory("poet-env")));
            EventPrinter printer = new EventPrinter(System.out, false);
            try (EventStream events = session.stream()) {
                session.send(UserDefineOutcome.of("Write a haiku about the sea to " + PATH + ".",
                        new Rubric.Text(RUBRIC), 3));
                for (Event e; (e = events.take()) != null; ) {
                    printer.print(e);
                    if (e instanceof SessionStatusIdle idle) {
                        report(session);
                        return idle.stopReason() instanceof StopReason.EndTurn ? 0 : 1;
                    } else if (e instanceof SessionStatusTerminated) {
                        return 1;
                    }
                }
            }
            return 1;
        }
    }

    private static void report(Session session) throws IOException {
        var file = session.workspace().resolve(PATH, Intent.READ).real();
        System.out.println(Files.exists(file) ? "haiku.txt:\n" + Files.readString(file, StandardCharsets.UTF_8)
                : "haiku.txt was not written");
        for (OutcomeEvaluation e : session.outcomeEvaluations()) {
            System.out.println("outcome " + e.outcomeId() + ": " + e.result().wireName() + " after iteration "
                    + e.iteration() + " (" + e.explanation() + ")");
        }
    }

    /**
     * The offline agent: writes a two-line draft, says it is done; after the grader's feedback it writes three lines.
     */
    static ModelResolver scriptedAgent() {
        ScriptedChatModel model = ScriptedChatModel.responder(request -> {
            List<ChatMessage> messages = request.messages();
            ChatMessage last = messages.get(messages.size() - 1);
            if (last instanceof ToolExecutionResultMessage) {
                return reply("(Scripted brain: no model is called.) The haiku is in " + PATH + ".");
            }
            boolean revising = last instanceof UserMessage u && u.singleText().contains("grader_feedback");
            String poem = revising ? "waves fold into foam\\nthe tide counts the patient stones\\nthe sea keeps its time"
                    : "waves fold into foam\\nthe tide counts the patient stones";
            return ChatResponse.builder().aiMessage(AiMessage.from(revising ? "Adding the missing line." : "Writing it.",
                    List.of(ScriptedChatModel.toolCall("write",
                            "{\"file_path\":\"" + PATH + "\",\"content\":\"" + poem + "\"}")))).build();
        });
        return ModelResolver.always(model);
    }

    /** The offline grader: counts the lines of the haiku it is shown. */
    static ScriptedChatModel scriptedGrader() {
        return ScriptedChatModel.responder(request -> {
            String material = ((UserMessage) request.messages().get(request.messages().size() - 1)).singleText();
            boolean threeLines = material.contains("the sea keeps its time");
            return reply(threeLines
                    ? "{\"result\":\"satisfied\",\"explanation\":\"Three lines about the sea.\"}"
                    : "{\"result\":\"needs_revision\",\"explanation\":\"The file has two lines; a haiku has three. "
                            + "Add a third line.\"}");
        });
    }

    private static ChatResponse reply(String text) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).build();
    }
}
