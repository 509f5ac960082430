package dev.harness4j.samples;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.CustomTool;
import dev.harness4j.brain.ModelResolver;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.AgentCustomToolUse;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.event.UserMessage;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.log.EventStream;
import dev.harness4j.session.Session;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A custom tool: {@code get_weather} is declared on the agent ({@code {type: custom, name, description,
 * input_schema}}) and answered by a Java handler registered on the harness builder. With {@code --events} the
 * handler is not registered; the sample answers the {@code agent.custom_tool_use} event with a
 * {@code user.custom_tool_result}, as a remote client of the hosted API would.
 */
final class CustomToolSample {
    static final CustomTool WEATHER = CustomTool.of("get_weather", "Get the current weather for a city.", Map.of(
            "type", "object",
            "properties", Map.of("city", Map.of("type", "string", "description", "The city, e.g. Paris")),
            "required", List.of("city")));

    private CustomToolSample() {
    }

    static int run(String[] args) throws InterruptedException {
        boolean viaEvents = false;
        for (String a : args) {
            if (a.equals("--events")) {
                viaEvents = true;
            } else {
                System.err.println("usage: custom-tool [--events]");
                return 2;
            }
        }
        Models.Choice choice = Models.choose(System.getenv(), CustomToolSample::scriptedBrain);
        System.out.println("harness4j custom tool, running on " + choice.description());
        Harness.HarnessBuilder builder = Harness.builder().models(choice.resolver());
        if (!viaEvents) {
            builder.customTool("get_weather", (call, ctx) -> ToolResult.ok(weather(call.requiredString("city"))));
        }
        try (Harness harness = builder.build()) {
            Agent agent = harness.agents().create(AgentSpec.builder()
                    .name("Weather Assistant")
                    .model("claude-sonnet-4-6")
                    .system("You answer questions about the weather. Use get_weather.")
                    .tool(WEATHER)
                    .build());
            Session session = harness.sessions().create(agent,
                    harness.environments().create(EnvironmentSpec.inMemory("weather-env")));
            EventPrinter printer = new EventPrinter(System.out, false);
            Map<String, AgentCustomToolUse> uses = new HashMap<>();
            try (EventStream events = session.stream()) {
                session.send(UserMessage.text("What's the weather in Paris?"));
                for (Event e; (e = events.take()) != null; ) {
                    printer.print(e);
                    if (e instanceof AgentCustomToolUse u) {
                        uses.put(u.id(), u);
                    }
                    if (e instanceof SessionStatusIdle idle && idle.stopReason() instanceof StopReason.RequiresAction ra) {
                        for (String id : ra.eventIds()) {
                            session.send(UserCustomToolResult.text(id,
                                    weather(String.valueOf(uses.get(id).input().get("city")))));
                        }
                    } else if (e instanceof SessionStatusIdle idle) {
                        return idle.stopReason() instanceof StopReason.EndTurn ? 0 : 1;
                    } else if (e instanceof SessionStatusTerminated) {
                        return 1;
                    }
                }
            }
            return 1;
        }
    }

    /** A made-up but deterministic forecast. */
    static String weather(String city) {
        int t = 12 + Math.floorMod(city.hashCode(), 15);
        return city + ": sunny, " + t + " °C";
    }

    /** The offline brain: calls get_weather for Paris, then repeats what the tool said. */
    static ModelResolver scriptedBrain() {
        ScriptedChatModel model = ScriptedChatModel.responder(request -> {
            List<ChatMessage> messages = request.messages();
            if (messages.get(messages.size() - 1) instanceof ToolExecutionResultMessage result) {
                return ChatResponse.builder().aiMessage(AiMessage.from("The weather tool says: " + result.text()))
                        .build();
            }
            return ChatResponse.builder().aiMessage(AiMessage.from("(Scripted brain: these replies are fixed in the "
                    + "sample; no model is called.) Let me check.",
                    List.of(ScriptedChatModel.toolCall("get_weather", "{\"city\":\"Paris\"}")))).build();
        });
        return ModelResolver.always(model);
    }
}
