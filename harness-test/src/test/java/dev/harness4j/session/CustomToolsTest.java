package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.ConflictException;
import dev.harness4j.NotFoundException;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.agent.CustomTool;
import dev.harness4j.event.AgentCustomToolUse;
import dev.harness4j.event.Event;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.event.UserMessage;
import dev.harness4j.event.UserToolConfirmation;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.json.Json;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.test.transcript.Transcript;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Custom tools: offered to the model, answered by the client through events or by an in-process handler. */
@ExtendWith(HarnessExtension.class)
class CustomToolsTest {
    static final CustomTool WEATHER = CustomTool.of("get_weather", "Current weather in a city", Map.of("type", "object",
            "properties", Map.of("city", Map.of("type", "string", "description", "the city")),
            "required", List.of("city")));

    static Session session(HarnessFixture h) {
        Agent agent = h.harness().agents().create(AgentSpec.builder().name("w").model("claude-sonnet-4-6")
                .tool(AgentToolset.all()).tool(WEATHER).build());
        return h.harness().sessions().create(agent, h.environment());
    }

    @Test
    void theClientAnswersACustomToolUseAndTheTurnContinues(HarnessFixture h) throws Exception {
        ApprovalsTest.tools(h);
        h.script(s -> s.thenToolCall("get_weather", "{\"city\":\"Paris\"}").thenText("It is sunny in Paris."));
        Session session = session(h);
        session.send(UserMessage.text("weather?"));
        List<Event> paused = Waits.idles(session, 1);
        ToolSpecification offered = h.model().requests().get(0).toolSpecifications().stream()
                .filter(t -> t.name().equals("get_weather")).findFirst().orElseThrow();
        assertEquals("Current weather in a city", offered.description());
        assertTrue(offered.parameters().required().contains("city"), offered.toString());

        Transcript t = Transcript.of(paused).hasTypes("user.message", "user.message", "session.status_running",
                "span.model_request_start", "agent.custom_tool_use", "span.model_request_end", "session.status_idle")
                .doesNotContain("agent.tool_use");
        AgentCustomToolUse use = t.first(AgentCustomToolUse.class);
        JsonNode json = ApprovalsTest.json(use);
        assertEquals("agent.custom_tool_use", json.get("type").asText());
        assertEquals("get_weather", json.get("name").asText());
        assertEquals(Json.mapper().readTree("{\"city\":\"Paris\"}"), json.get("input"));
        assertTrue(json.get("evaluated_permission") == null, "custom tools are never gated");
        assertEquals(new StopReason.RequiresAction(List.of(use.id())), t.last(SessionStatusIdle.class).stopReason());

        assertThrows(NotFoundException.class, () -> session.send(UserToolConfirmation.allow(use.id())),
                "a confirmation names an agent.tool_use; there is none with this id");
        assertThrows(NotFoundException.class, () -> session.send(UserCustomToolResult.text("sevt_nope", "x")));
        session.send(UserCustomToolResult.text(use.id(), "sunny, 24°C"));
        List<Event> done = h.awaitTurnEnd(session);
        Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn").containsSubsequence(
                "session.status_idle", "user.custom_tool_result", "user.custom_tool_result", "session.status_running",
                "span.model_request_start", "agent.message");
        assertTrue(h.model().lastRequest().messages().toString().contains("sunny, 24°C"));
        assertThrows(ConflictException.class, () -> session.send(UserCustomToolResult.text(use.id(), "again")));
    }

    @Test
    void aResultSentBeforeTheIdleIsAcceptedOnceTheUseIsLogged(HarnessFixture h) throws Exception {
        ControlTools tools = ApprovalsTest.tools(h);
        h.script(s -> s.thenToolCalls(ScriptedChatModel.toolCall("get_weather", "{\"city\":\"Oslo\"}"),
                ScriptedChatModel.toolCall("bash", "{}")).thenText("cold"));
        Session session = session(h);
        session.send(UserMessage.text("weather?"));
        // The allowed bash call runs (and blocks) before the session idles; the client answers meanwhile.
        assertTrue(tools.blockStarted.await(30, TimeUnit.SECONDS));
        AgentCustomToolUse use = Transcript.of(session.events()).first(AgentCustomToolUse.class);
        session.send(UserCustomToolResult.text(use.id(), "snow"));
        tools.release.countDown();
        List<Event> done = h.awaitTurnEnd(session);
        Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn").containsSubsequence(
                "agent.custom_tool_use", "user.custom_tool_result", "agent.tool_result", "session.status_idle",
                "user.custom_tool_result", "session.status_running", "agent.message");
        assertTrue(h.model().lastRequest().messages().toString().contains("snow"));
    }

    @Test
    void anInProcessHandlerAnswersWithoutIdling(HarnessFixture h) {
        ApprovalsTest.tools(h);
        h.configure(b -> b.customTool("get_weather", (call, ctx) ->
                ToolResult.ok("sunny in " + call.requiredString("city") + " (session " + ctx.sessionId() + ")")));
        h.script(s -> s.thenToolCall("get_weather", "{\"city\":\"Rome\"}").thenText("Sunny in Rome."));
        Session session = session(h);
        session.send(UserMessage.text("weather?"));
        List<Event> done = h.awaitTurnEnd(session);
        Transcript t = Transcript.of(done).hasTypes("user.message", "user.message", "session.status_running",
                "span.model_request_start", "agent.custom_tool_use", "span.model_request_end",
                "user.custom_tool_result", "span.model_request_start", "agent.message", "span.model_request_end",
                "session.status_idle").everyToolUseHasOneResult().idleWith("end_turn");
        UserCustomToolResult result = t.first(UserCustomToolResult.class);
        assertEquals(t.first(AgentCustomToolUse.class).id(), result.customToolUseId());
        assertEquals(HarnessFixture.NOW, result.processedAt(), "stamped by the harness as processed");
        assertNull(result.isError());
        assertTrue(h.model().lastRequest().messages().toString().contains("sunny in Rome (session " + session.id()));
    }

    @Test
    void aFailingHandlerBecomesAnErrorResult(HarnessFixture h) {
        ApprovalsTest.tools(h);
        h.configure(b -> b.customTool("get_weather", (call, ctx) -> {
            throw new IllegalStateException("weather service down");
        }));
        h.script(s -> s.thenToolCall("get_weather", "{\"city\":\"Rome\"}").thenText("Sorry."));
        Session session = session(h);
        session.send(UserMessage.text("weather?"));
        UserCustomToolResult result = Transcript.of(h.awaitTurnEnd(session)).idleWith("end_turn")
                .first(UserCustomToolResult.class);
        assertEquals(Boolean.TRUE, result.isError());
        assertTrue(result.content().toString().contains("weather service down"), result.toString());
    }
}
