package dev.harness4j.samples;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.agent.PermissionPolicy;
import dev.harness4j.brain.ModelResolver;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserMessage;
import dev.harness4j.event.UserToolConfirmation;
import dev.harness4j.log.EventStream;
import dev.harness4j.session.Session;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.WorkspaceFiles;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Human-in-the-loop approvals: the agent's {@code bash} and {@code write} tools are gated by {@code always_ask}, so
 * each call pauses the session ({@code requires_action}) until the user allows or denies it on the terminal.
 * Options: {@code --yes} allows every call, {@code --no} denies every call (both without asking).
 */
final class Approvals {
    static final String TASK = "Write a file greeting.txt that says hello.";

    private Approvals() {
    }

    static int run(String[] args, BufferedReader terminal) throws InterruptedException, IOException {
        Boolean answer = null;
        for (String a : args) {
            switch (a) {
                case "--yes" -> answer = true;
                case "--no" -> answer = false;
                default -> {
                    System.err.println("usage: approvals [--yes | --no]");
                    return 2;
                }
            }
        }
        Models.Choice choice = Models.choose(System.getenv(), Approvals::scriptedBrain);
        System.out.println("harness4j approvals, running on " + choice.description());
        try (Harness harness = Harness.builder().models(choice.resolver()).build()) {
            Agent agent = harness.agents().create(AgentSpec.builder()
                    .name("Careful Assistant")
                    .model("claude-sonnet-4-6")
                    .system("You are a helpful assistant. Use the write tool to create files.")
                    .tool(AgentToolset.all().policy("bash", PermissionPolicy.ALWAYS_ASK)
                            .policy("write", PermissionPolicy.ALWAYS_ASK))
                    .build());
            Session session = harness.sessions().create(agent,
                    harness.environments().create(EnvironmentSpec.inMemory("approvals-env")));
            EventPrinter printer = new EventPrinter(System.out, false);
            Map<String, AgentToolUse> uses = new HashMap<>();
            boolean ok = false;
            try (EventStream events = session.stream()) {
                session.send(UserMessage.text(TASK));
                for (Event e; (e = events.take()) != null; ) {
                    printer.print(e);
                    if (e instanceof AgentToolUse u) {
                        uses.put(u.id(), u);
                    }
                    if (e instanceof SessionStatusIdle idle && idle.stopReason() instanceof StopReason.RequiresAction ra) {
                        List<UserEvent> answers = new ArrayList<>();
                        for (String id : ra.eventIds()) {
                            answers.add(decide(uses.get(id), answer, terminal));
                        }
                        session.send(answers);
                    } else if (e instanceof SessionStatusIdle idle) {
                        ok = idle.stopReason() instanceof StopReason.EndTurn;
                        break;
                    } else if (e instanceof SessionStatusTerminated) {
                        break;
                    }
                }
            }
            try {
                byte[] file = WorkspaceFiles.readAll(session.workspace().resolve("greeting.txt", Intent.READ), 1 << 16);
                System.out.println("greeting.txt: " + new String(file, StandardCharsets.UTF_8));
            } catch (RuntimeException missing) {
                System.out.println("greeting.txt was not written");
            }
            return ok ? 0 : 1;
        }
    }

    /** Asks on the terminal (or answers as told) whether the call may run. */
    private static UserToolConfirmation decide(AgentToolUse use, Boolean answer, BufferedReader terminal)
            throws IOException {
        boolean allow;
        if (answer != null) {
            allow = answer;
            System.out.println("  -> " + (allow ? "allowing" : "denying") + " " + use.name() + " " + use.input());
        } else {
            System.out.print("Allow " + use.name() + " " + use.input() + "? [y/N] ");
            System.out.flush();
            String line = terminal.readLine();
            allow = line != null && line.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y");
        }
        return allow ? UserToolConfirmation.allow(use.id())
                : UserToolConfirmation.deny(use.id(), "the user declined on the terminal");
    }

    /** The offline brain: asks to write the file, then reports what happened to the call. */
    static ModelResolver scriptedBrain() {
        ScriptedChatModel model = ScriptedChatModel.responder(request -> {
            List<ChatMessage> messages = request.messages();
            ChatMessage last = messages.get(messages.size() - 1);
            if (last instanceof ToolExecutionResultMessage result) {
                boolean denied = Boolean.TRUE.equals(result.isError());
                return ChatResponse.builder().aiMessage(AiMessage.from(denied
                        ? "The write was denied (" + result.text() + "), so I did not create greeting.txt."
                        : "Done: greeting.txt says hello.")).build();
            }
            return ChatResponse.builder().aiMessage(AiMessage.from("(Scripted brain: these replies are fixed in the "
                    + "sample; no model is called.) I'll write greeting.txt.", List.of(
                    ScriptedChatModel.toolCall("write", "{\"file_path\":\"greeting.txt\",\"content\":\"hello\\n\"}"))))
                    .build();
        });
        return ModelResolver.always(model);
    }

    /** Runs with the process's terminal. */
    static int run(String[] args) throws InterruptedException, IOException {
        return run(args, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }
}
