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
import dev.harness4j.agent.McpToolset;
import dev.harness4j.agent.PermissionPolicy;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.EventCodec;
import dev.harness4j.event.Permission;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserMessage;
import dev.harness4j.event.UserToolConfirmation;
import dev.harness4j.hands.HostTools;
import dev.harness4j.hands.ToolGate;
import dev.harness4j.hands.ToolVerdict;
import dev.harness4j.hands.Toolbox;
import dev.harness4j.json.Json;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.test.transcript.Transcript;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** always_ask gates, confirmations (allow, deny, several at once), refused answers, and the host's ToolGate. */
@ExtendWith(HarnessExtension.class)
class ApprovalsTest {

    static ControlTools tools(HarnessFixture h) {
        ControlTools tools = new ControlTools();
        h.configure(b -> b.loadToolsets(false).toolset(tools));
        return tools;
    }

    static Session session(HarnessFixture h, AgentToolset toolset) {
        Agent agent = h.harness().agents().create(AgentSpec.builder().name("a").model("claude-sonnet-4-6")
                .tool(toolset).build());
        return h.harness().sessions().create(agent, h.environment());
    }

    static JsonNode json(Event e) {
        try {
            return Json.mapper().readTree(EventCodec.get().encode(e));
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }

    static String text(AgentToolResult r) {
        return ((ContentBlock.Text) r.content().get(0)).text();
    }

    @Test
    void anAskPausesTheTurnAndAllowRunsTheToolExactlyOnce(HarnessFixture h) throws Exception {
        ControlTools tools = tools(h);
        h.script(s -> s.thenToolCall("read", "{\"file_path\":\"a\"}").thenText("done"));
        Session session = session(h, AgentToolset.all().policy("read", PermissionPolicy.ALWAYS_ASK));
        session.send(UserMessage.text("read a"));
        List<Event> paused = Waits.idles(session, 1);
        Transcript t = Transcript.of(paused).hasTypes("user.message", "user.message", "session.status_running",
                "span.model_request_start", "agent.tool_use", "span.model_request_end", "session.status_idle");
        AgentToolUse use = t.first(AgentToolUse.class);
        assertEquals(Permission.ASK, use.evaluatedPermission());
        assertEquals("ask", json(use).get("evaluated_permission").asText());
        JsonNode idle = json(paused.get(6));
        assertEquals(Json.mapper().readTree("{\"type\":\"requires_action\",\"event_ids\":[\"" + use.id() + "\"]}"),
                idle.get("stop_reason"));
        assertEquals(0, tools.calls("read"), "nothing runs before the confirmation");
        assertEquals(SessionStatus.IDLE, session.status());

        session.send(UserToolConfirmation.allow(use.id()));
        List<Event> done = h.awaitTurnEnd(session);
        Transcript.of(done).hasTypes("user.message", "user.message", "session.status_running",
                "span.model_request_start", "agent.tool_use", "span.model_request_end", "session.status_idle",
                "user.tool_confirmation", "user.tool_confirmation", "session.status_running", "agent.tool_result",
                "span.model_request_start", "agent.message", "span.model_request_end", "session.status_idle")
                .everyToolUseHasOneResult().idleWith("end_turn");
        assertEquals(1, tools.calls("read"));
        JsonNode confirmation = json(done.get(8));
        assertEquals(use.id(), confirmation.get("tool_use_id").asText());
        assertEquals("allow", confirmation.get("result").asText());
        assertTrue(!confirmation.get("processed_at").isNull());
        assertThrows(ConflictException.class, () -> session.send(UserToolConfirmation.allow(use.id())),
                "an answered call takes no second answer");
    }

    @Test
    void denyNeverRunsTheToolAndTheModelReadsTheDenyMessage(HarnessFixture h) {
        ControlTools tools = tools(h);
        h.script(s -> s.thenToolCall("write", "{\"file_path\":\"a\"}").thenText("understood"));
        Session session = session(h, AgentToolset.all().defaultPolicy(PermissionPolicy.ALWAYS_ASK));
        session.send(UserMessage.text("write a"));
        AgentToolUse use = Transcript.of(Waits.idles(session, 1)).first(AgentToolUse.class);
        session.send(UserToolConfirmation.deny(use.id(), "not in production"));
        Transcript t = Transcript.of(h.awaitTurnEnd(session)).everyToolUseHasOneResult().idleWith("end_turn");
        AgentToolResult result = t.first(AgentToolResult.class);
        assertTrue(result.error());
        assertTrue(text(result).contains("not in production"), text(result));
        assertEquals(0, tools.calls("write"));
        assertTrue(h.model().lastRequest().messages().toString().contains("not in production"));
    }

    @Test
    void allowedCallsRunFirstAndEachAnswerReIdlesWithTheRest(HarnessFixture h) {
        ControlTools tools = tools(h);
        h.script(s -> s.thenToolCalls(ScriptedChatModel.toolCall("read", "{\"file_path\":\"a\"}"),
                ScriptedChatModel.toolCall("write", "{\"file_path\":\"b\"}"),
                ScriptedChatModel.toolCall("read", "{\"file_path\":\"c\"}")).thenText("all done"));
        Session session = session(h, AgentToolset.all().policy("read", PermissionPolicy.ALWAYS_ASK));
        session.send(UserMessage.text("go"));
        List<Event> first = Waits.idles(session, 1);
        List<AgentToolUse> uses = Transcript.of(first).all(AgentToolUse.class);
        assertEquals(List.of(Permission.ASK, Permission.ALLOW, Permission.ASK),
                uses.stream().map(AgentToolUse::evaluatedPermission).toList());
        Transcript.of(first).containsSubsequence("span.model_request_end", "agent.tool_result", "session.status_idle");
        assertEquals(uses.get(1).id(), Transcript.of(first).first(AgentToolResult.class).toolUseId(),
                "the allowed call ran before the session idled");
        assertEquals(new StopReason.RequiresAction(List.of(uses.get(0).id(), uses.get(2).id())),
                Transcript.of(first).last(SessionStatusIdle.class).stopReason());

        session.send(UserToolConfirmation.allow(uses.get(0).id()));
        List<Event> second = Waits.idles(session, 2);
        assertEquals(new StopReason.RequiresAction(List.of(uses.get(2).id())),
                Transcript.of(second).last(SessionStatusIdle.class).stopReason());
        assertEquals(0, tools.calls("read"), "confirmed calls wait until every call is answered");

        session.send(UserToolConfirmation.deny(uses.get(2).id(), null));
        List<Event> done = h.awaitTurnEnd(session);
        Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn")
                .containsSubsequence("user.tool_confirmation", "session.status_running", "agent.tool_result",
                        "agent.tool_result", "span.model_request_start");
        List<AgentToolResult> results = Transcript.of(done).all(AgentToolResult.class);
        assertEquals(List.of(uses.get(1).id(), uses.get(0).id(), uses.get(2).id()),
                results.stream().map(AgentToolResult::toolUseId).toList(), "execution order");
        assertEquals(List.of(false, false, true), results.stream().map(AgentToolResult::error).toList());
        assertEquals(1, tools.calls("read"));
        assertEquals(1, tools.calls("write"));
    }

    @Test
    void aMessageSentWhileCallsWaitIsHeldUntilTheyAreAnswered(HarnessFixture h) {
        ControlTools tools = tools(h);
        h.script(s -> s.thenToolCall("read", "{\"file_path\":\"a\"}").thenText("read it").thenText("second"));
        Session session = session(h, AgentToolset.all().policy("read", PermissionPolicy.ALWAYS_ASK));
        session.send(UserMessage.text("first"));
        AgentToolUse use = Transcript.of(Waits.idles(session, 1)).first(AgentToolUse.class);
        List<dev.harness4j.event.UserEvent> second = session.send(UserMessage.text("second message"));
        session.send(UserToolConfirmation.allow(use.id()));
        List<Event> done = h.awaitTurnEnds(session, 2);
        Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn");
        assertEquals(1, tools.calls("read"), "the held message did not close the ask");
        int processed = -1;
        int result = -1;
        for (int i = 0; i < done.size(); i++) {
            if (done.get(i).id().equals(second.get(0).id()) && done.get(i).processedAt() != null) {
                processed = i;
            }
            if (done.get(i) instanceof AgentToolResult) {
                result = i;
            }
        }
        assertTrue(result >= 0 && processed > result, "the message was processed after the confirmed call ran");
    }

    @Test
    void confirmationsForUnknownOrAnsweredCallsAreRefusedAndNothingIsAppended(HarnessFixture h) {
        tools(h);
        h.script(s -> s.thenToolCalls(ScriptedChatModel.toolCall("read", "{\"file_path\":\"a\"}"),
                ScriptedChatModel.toolCall("write", "{\"file_path\":\"b\"}")).thenText("ok"));
        Session session = session(h, AgentToolset.all().policy("read", PermissionPolicy.ALWAYS_ASK));
        session.send(UserMessage.text("go"));
        List<AgentToolUse> uses = Transcript.of(Waits.idles(session, 1)).all(AgentToolUse.class);
        int size = session.events().size();
        assertThrows(NotFoundException.class, () -> session.send(UserToolConfirmation.allow("sevt_nope")));
        assertThrows(ConflictException.class, () -> session.send(UserToolConfirmation.allow(uses.get(1).id())),
                "an allowed call needs no confirmation");
        assertThrows(ConflictException.class, () -> session.send(UserToolConfirmation.allow(uses.get(0).id()),
                UserToolConfirmation.deny(uses.get(0).id(), "twice")), "two answers in one send");
        assertThrows(NotFoundException.class, () -> session.send(UserMessage.text("fine"),
                UserToolConfirmation.allow("sevt_nope")));
        assertEquals(size, session.events().size(), "nothing was appended");
        session.send(UserToolConfirmation.allow(uses.get(0).id()));
        Transcript.of(h.awaitTurnEnd(session)).everyToolUseHasOneResult().idleWith("end_turn");
    }

    @Test
    void theHostGateDeniesAsksOrAllowsBeforeTheAgentsPolicy(HarnessFixture h) {
        ControlTools tools = tools(h);
        h.configure(b -> b.toolGate((sessionId, tool, input) -> {
            if (tool.equals("write")) {
                return ToolGate.Decision.deny("writes are off in this app");
            }
            if ("y".equals(input.get("file_path"))) {
                return ToolGate.Decision.allow();
            }
            if ("z".equals(input.get("file_path"))) {
                return ToolGate.Decision.ask();
            }
            return ToolGate.Decision.useDefault();
        }));
        h.script(s -> s.thenToolCalls(ScriptedChatModel.toolCall("write", "{\"file_path\":\"w\"}"),
                ScriptedChatModel.toolCall("read", "{\"file_path\":\"x\"}"),
                ScriptedChatModel.toolCall("read", "{\"file_path\":\"y\"}"),
                ScriptedChatModel.toolCall("bash", "{\"file_path\":\"z\"}")).thenText("ok"));
        Session session = session(h, AgentToolset.all().policy("read", PermissionPolicy.ALWAYS_ASK));
        session.send(UserMessage.text("go"));
        List<Event> paused = Waits.idles(session, 1);
        List<AgentToolUse> uses = Transcript.of(paused).all(AgentToolUse.class);
        assertEquals(List.of(Permission.DENY, Permission.ASK, Permission.ALLOW, Permission.ASK),
                uses.stream().map(AgentToolUse::evaluatedPermission).toList());
        assertEquals("deny", json(uses.get(0)).get("evaluated_permission").asText());
        AgentToolResult denied = Transcript.of(paused).first(AgentToolResult.class);
        assertEquals(uses.get(0).id(), denied.toolUseId());
        assertTrue(denied.error() && text(denied).contains("writes are off in this app"), text(denied));
        assertEquals(0, tools.calls("write"));
        assertEquals(1, tools.calls("read"), "the gate's allow beat the agent's always_ask");
        assertEquals(new StopReason.RequiresAction(List.of(uses.get(1).id(), uses.get(3).id())),
                Transcript.of(paused).last(SessionStatusIdle.class).stopReason());
        session.send(UserToolConfirmation.deny(uses.get(1).id(), null), UserToolConfirmation.deny(uses.get(3).id(), null));
        Transcript.of(h.awaitTurnEnd(session)).everyToolUseHasOneResult().idleWith("end_turn");
        assertEquals(0, tools.calls("bash"));
    }

    @Test
    void mcpToolsetsDefaultToAskAndTheirConfigsApply(HarnessFixture h) {
        Agent agent = h.harness().agents().create(AgentSpec.builder().name("m").model("claude-sonnet-4-6")
                .mcpServer("docs", "https://mcp.example.com/docs").tool(McpToolset.of("docs")
                        .with(new dev.harness4j.agent.ToolConfig("search", null, PermissionPolicy.ALWAYS_ALLOW)))
                .build());
        Toolbox box = Toolbox.resolve(agent, List.of(), HostTools.NONE);
        assertEquals(ToolVerdict.ASK, box.evaluateMcp("s", "docs", "fetch", Map.of()));
        assertEquals(ToolVerdict.ALLOW, box.evaluateMcp("s", "docs", "search", Map.of()));
        assertEquals(Permission.DENY, box.evaluateMcp("s", "other", "x", Map.of()).permission());
        Toolbox gated = Toolbox.resolve(agent, List.of(), new HostTools((id, tool, input) ->
                tool.equals("docs/search") ? ToolGate.Decision.deny("no") : ToolGate.Decision.useDefault(), Map.of()));
        assertEquals(ToolVerdict.deny("no"), gated.evaluateMcp("s", "docs", "search", Map.of()));
        assertNull(box.customHandler("search"));
    }

    @Test
    void aFailingOrSilentGateDeniesTheCallNamingTheProblem(HarnessFixture h) {
        Agent agent = h.harness().agents().create(AgentSpec.builder().name("g").model("claude-sonnet-4-6")
                .tool(AgentToolset.all()).build());
        List<dev.harness4j.hands.ToolsetProvider> providers = List.of(new ControlTools());
        Toolbox failing = Toolbox.resolve(agent, providers, new HostTools((id, tool, input) -> {
            throw new IllegalStateException("policy service down");
        }, Map.of()));
        ToolVerdict v = failing.evaluate("s", "read", Map.of());
        assertEquals(Permission.DENY, v.permission());
        assertTrue(v.denyReason().contains("policy service down"), v.denyReason());
        Toolbox silent = Toolbox.resolve(agent, providers, new HostTools((id, tool, input) -> null, Map.of()));
        assertTrue(silent.evaluate("s", "read", Map.of()).denyReason().contains("no decision"));
        Toolbox none = Toolbox.resolve(agent, providers, HostTools.NONE);
        assertEquals(ToolVerdict.ALLOW, none.evaluate("s", "read", Map.of()), "the toolset's default is always_allow");
    }
}
