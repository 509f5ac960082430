package dev.harness4j.session.kill;

import dev.harness4j.Harness;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.agent.PermissionPolicy;
import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.hands.ToolsetProvider;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.log.EventLog;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The scripted session of the kill test, shared by the child that is killed and the harness that resumes it. The
 * model's reply depends only on how many assistant messages the request already holds, so a resumed session
 * continues the same script. {@code write} (always_allow) and {@code bash} (always_ask) append their {@code tag} to
 * a side-effect file per execution; {@code read} can block until the process is killed.
 */
final class KillScript {
    static final String FIRST = "one";
    static final String SECOND = "two";

    private KillScript() {
    }

    /** One scripted tool call. */
    private record Call(String tool, String tag) {
    }

    /** The steps: tool calls (tool, tag) or a final text, indexed by the number of assistant messages so far. */
    private static final List<List<Call>> STEPS = List.of(
            List.of(new Call("write", "w1")),
            List.of(new Call("write", "w2"), new Call("write", "w3")),
            List.of(new Call("bash", "allow-b1"), new Call("write", "w4")),
            List.of(new Call("read", "r1")),
            List.of(new Call("write", "w5"), new Call("bash", "allow-b2"), new Call("write", "w6")),
            List.of(),                                                       // "turn one done"
            List.of(new Call("bash", "deny-b3"), new Call("bash", "allow-b4")),
            List.of(new Call("write", "w7"), new Call("write", "w8"), new Call("write", "w9")),
            List.of(new Call("write", "w10")),
            List.of());                                                      // "turn two done"

    static ChatResponse reply(dev.langchain4j.model.chat.request.ChatRequest request) {
        int step = 0;
        for (ChatMessage m : request.messages()) {
            if (m instanceof AiMessage) {
                step++;
            }
        }
        List<Call> calls = step < STEPS.size() ? STEPS.get(step) : List.of();
        if (calls.isEmpty()) {
            return ChatResponse.builder().aiMessage(AiMessage.from("step " + step + " done")).build();
        }
        List<ToolExecutionRequest> requests = new ArrayList<>();
        int n = 0;
        for (Call c : calls) {
            requests.add(ToolExecutionRequest.builder().id("toolu_" + step + "_" + (n++)).name(c.tool())
                    .arguments("{\"file_path\":\"" + c.tag() + "\"}").build());
        }
        return ChatResponse.builder().aiMessage(AiMessage.from(requests)).build();
    }

    /** The agent's toolset: bash asks, the rest is allowed. */
    static AgentToolset toolset() {
        return AgentToolset.all().policy("bash", PermissionPolicy.ALWAYS_ASK);
    }

    /** A harness on {@code dir} playing the script; {@code blockRead} makes {@code read} block forever. */
    static Harness harness(Path dir, Path sideEffects, boolean blockRead, Runnable onBlock) {
        return harness(dir, sideEffects, blockRead, onBlock, null);
    }

    /** The same on an explicit event log (the child wraps the file log to freeze it at a chosen append). */
    static Harness harness(Path dir, Path sideEffects, boolean blockRead, Runnable onBlock, EventLog log) {
        Clock clock = Clock.fixed(HarnessFixture.NOW, ZoneOffset.UTC);
        ScriptedChatModel model = ScriptedChatModel.responder(KillScript::reply);
        Harness.HarnessBuilder b = Harness.builder().directory(dir).clock(clock).ids(IdGenerator.random(clock))
                .models(m -> model).threads(1).loadToolsets(false).toolset(new Tools(sideEffects, blockRead, onBlock));
        return (log == null ? b : b.eventLog(log)).build();
    }

    /** The answer the script gives to an ask: allow when the tag says so. */
    static boolean allows(String tag) {
        return tag.startsWith("allow");
    }

    private record Tools(Path sideEffects, boolean blockRead, Runnable onBlock) implements ToolsetProvider {
        @Override
        public String type() {
            return AgentToolset.TYPE;
        }

        @Override
        public List<Tool> tools() {
            return List.of(tool("write"), tool("bash"), tool("read"));
        }

        private Tool tool(String name) {
            return new Tool() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public ToolSpecification specification() {
                    return ToolSpecification.builder().name(name).description("kill test " + name)
                            .parameters(JsonObjectSchema.builder().addStringProperty("file_path").build()).build();
                }

                @Override
                public ToolResult execute(ToolCall call, ToolContext context) {
                    String tag = call.requiredString("file_path");
                    if (name.equals("read")) {
                        if (blockRead) {
                            onBlock.run();
                            Object forever = new Object();
                            synchronized (forever) {
                                while (true) {
                                    try {
                                        forever.wait();
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                        return ToolResult.error("interrupted");
                                    }
                                }
                            }
                        }
                        return ToolResult.ok("read " + tag);
                    }
                    try {
                        Files.writeString(sideEffects, tag + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                                StandardOpenOption.APPEND, StandardOpenOption.SYNC);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return ToolResult.ok(name + " did " + tag);
                }
            };
        }
    }
}
