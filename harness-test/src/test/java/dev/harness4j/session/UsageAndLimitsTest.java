package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.Event;
import dev.harness4j.event.EventCodec;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.UserMessage;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.json.Json;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.test.transcript.Transcript;
import dev.harness4j.usage.ListCost;
import dev.harness4j.usage.ModelPrice;
import dev.harness4j.usage.PriceTable;
import dev.harness4j.usage.SessionUsage;
import dev.harness4j.usage.UsageLimits;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(HarnessExtension.class)
class UsageAndLimitsTest {
    private static final PriceTable SONNET = PriceTable.of(java.util.Map.of("claude-sonnet-4-6",
            ModelPrice.perMillionTokens("3", "15", "3.75", "0.30")));

    @TempDir
    Path dir;

    /** A clock that moves one second every time it is read. */
    static final class TickingClock extends Clock {
        private final AtomicLong ticks = new AtomicLong();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return HarnessFixture.NOW.plusSeconds(ticks.incrementAndGet());
        }
    }

    @Test
    void tokensAddUpOverEveryModelCallAndTheJsonHasTheReferenceShape(HarnessFixture h) throws Exception {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset()));
        h.script(s -> s.thenToolCall("read", "{\"file_path\":\"a\"}").withUsage(100, 10)
                .thenText("done").withUsage(150, 20).thenText("again").withUsage(200, 5));
        Session session = h.session();
        assertEquals(0, session.usage().inputTokens());
        session.send(UserMessage.text("go"));
        h.awaitTurnEnd(session);
        session.send(UserMessage.text("more"));
        h.awaitTurnEnds(session, 2);
        SessionUsage usage = session.usage();
        assertEquals(450, usage.inputTokens());
        assertEquals(35, usage.outputTokens());
        assertEquals(0, usage.cacheCreationInputTokens());
        assertNull(usage.listCost(), "no price table, no list cost");
        assertEquals(0.0, usage.activeSeconds(), "the fixed clock never moves");
        JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(usage));
        assertEquals(List.of("input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation",
                "active_seconds", "list_cost"), fieldNames(json));
        assertEquals(List.of("ephemeral_1h_input_tokens", "ephemeral_5m_input_tokens"),
                fieldNames(json.get("cache_creation")));
        assertTrue(json.get("list_cost").isNull());
    }

    @Test
    void listCostFollowsThePriceTableAndSerialisesInMinorUnits(HarnessFixture h) throws Exception {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset()).prices(SONNET));
        h.script(s -> s.thenText("expensive").withUsage(1_000_000, 100_000));
        Session session = h.session();
        session.send(UserMessage.text("go"));
        h.awaitTurnEnd(session);
        ListCost cost = session.usage().listCost();
        assertEquals(ListCost.usdCents(450), cost, "300 cents of input and 150 of output");
        assertEquals("{\"amount\":\"450\",\"currency\":\"USD\"}", Json.mapper().writeValueAsString(cost));
        assertEquals(new BigDecimal("0.0003"), ModelPrice.perMillionTokens("3", "15", "3.75", "0.30")
                .cost(dev.harness4j.event.ModelUsage.of(1, 0)).amount(), "fractions of a cent are kept");
    }

    @Test
    void aReachedBudgetIdlesTheSessionWithBudgetReached(HarnessFixture h) throws Exception {
        FakeReadToolset tools = new FakeReadToolset();
        h.configure(b -> b.loadToolsets(false).toolset(tools).prices(SONNET)
                .usageLimits(UsageLimits.DEFAULTS.withMaxListCost(ListCost.usdCents(400))));
        h.script(s -> s.thenToolCall("read", "{\"file_path\":\"a\"}").withUsage(1_000_000, 100_000));
        Session session = h.session();
        session.send(UserMessage.text("go"));
        List<Event> events = h.awaitTurnEnd(session);
        Transcript.of(events).hasTypes("user.message", "user.message", "session.status_running",
                "span.model_request_start", "agent.tool_use", "span.model_request_end", "agent.tool_result",
                "session.status_idle").idleWith("budget_reached").everyToolUseHasOneResult();
        JsonNode idle = Json.mapper().readTree(EventCodec.get().encode(events.get(events.size() - 1)));
        assertEquals("{\"type\":\"budget_reached\"}", idle.get("stop_reason").toString());
        assertEquals(1, tools.calls.get(), "the call the model asked for before the budget ran out still ran");

        session.send(UserMessage.text("more"));
        Transcript.of(h.awaitTurnEnds(session, 2)).idleWith("budget_reached");
        assertEquals(1, h.model().requestCount(), "no model call once the budget is reached");
        h.model().assertExhausted();
    }

    @Test
    void aSessionsOwnBudgetFromTheCreateParamsReplacesTheDefault(HarnessFixture h) throws Exception {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset()).prices(SONNET)
                .usageLimits(UsageLimits.DEFAULTS.withMaxListCost(ListCost.usdCents(1_000_000))));
        h.script(s -> s.thenText("one").withUsage(1_000_000, 0).thenText("unused"));
        var agent = h.agent();
        var env = h.environment();
        Session session = h.harness().sessions().create(SessionSpec.fromJson("{\"agent\":\"" + agent.id()
                + "\",\"environment_id\":\"" + env.id()
                + "\",\"budget\":{\"type\":\"limit\",\"max_list_cost\":{\"amount\":\"300\",\"currency\":\"USD\"}}}"));
        assertEquals(dev.harness4j.usage.Budget.usdCents(300), session.record().budget());
        JsonNode json = Json.mapper().readTree(session.toJson());
        assertEquals("{\"type\":\"limit\",\"max_list_cost\":{\"amount\":\"300\",\"currency\":\"USD\"}}",
                json.get("budget").toString());
        assertEquals(session.record(), Json.mapper().readValue(Json.mapper().writeValueAsString(session.record()),
                SessionRecord.class), "the budget is stored with the record");
        session.send(UserMessage.text("go"));
        Transcript.of(h.awaitTurnEnd(session)).idleWith("end_turn");
        session.send(UserMessage.text("more"));
        Transcript.of(h.awaitTurnEnds(session, 2)).idleWith("budget_reached");
        assertEquals(1, h.model().requestCount());
        for (String bad : new String[] {"{\"type\":\"cap\",\"max_list_cost\":{\"amount\":\"1\",\"currency\":\"USD\"}}",
                "{\"type\":\"limit\",\"max_list_cost\":{\"amount\":1,\"currency\":\"USD\"}}",
                "{\"type\":\"limit\",\"max_list_cost\":{\"amount\":\"1\",\"currency\":\"EUR\"}}",
                "{\"type\":\"limit\",\"max_list_cost\":{\"amount\":\"-1\",\"currency\":\"USD\"}}",
                "{\"type\":\"limit\"}"}) {
            dev.harness4j.InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.harness4j.InvalidRequestException.class, () -> SessionSpec.fromJson("{\"agent\":\"a\","
                            + "\"environment_id\":\"e\",\"budget\":" + bad + "}"));
            assertTrue(e.getMessage().contains("budget") || e.getMessage().contains("list cost"), e.getMessage());
        }
    }

    @Test
    void theStuckLoopGuardNamesTheRepeatedCall(HarnessFixture h) {
        FakeReadToolset tools = new FakeReadToolset();
        h.configure(b -> b.loadToolsets(false).toolset(tools)
                .usageLimits(UsageLimits.DEFAULTS.withMaxRepeatedToolCalls(3)));
        h.script(s -> s.thenToolCall("read", "{\"file_path\":\"same\"}").thenToolCall("read", "{\"file_path\":\"same\"}")
                .thenToolCall("read", "{\"file_path\":\"same\"}").thenText("after the guard"));
        Session session = h.session();
        session.send(UserMessage.text("loop"));
        Transcript t = Transcript.of(h.awaitTurnEnd(session)).idleWith("retries_exhausted").everyToolUseHasOneResult();
        SessionError error = t.last(SessionError.class);
        assertEquals("tool_use_limit_reached_error", error.error().type());
        assertTrue(error.error().message().contains("read") && error.error().message().contains("{\"file_path\":\"same\"}")
                && error.error().message().contains("3 times in a row"), error.error().message());
        assertEquals(3, tools.calls.get());

        session.send(UserMessage.text("try something else"));
        Transcript.of(h.awaitTurnEnds(session, 2)).idleWith("end_turn");
        h.model().assertExhausted();
    }

    @Test
    void differentInputsAreNotALoop(HarnessFixture h) {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset())
                .usageLimits(UsageLimits.DEFAULTS.withMaxRepeatedToolCalls(2)));
        h.script(s -> s.thenToolCall("read", "{\"file_path\":\"a\"}").thenToolCall("read", "{\"file_path\":\"b\"}")
                .thenToolCall("read", "{\"file_path\":\"a\"}").thenText("fine"));
        Session session = h.session();
        session.send(UserMessage.text("go"));
        Transcript.of(h.awaitTurnEnd(session)).idleWith("end_turn").doesNotContain(SessionError.TYPE);
    }

    @Test
    void activeSecondsCountRunningTimeAndSurviveAReopen() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.builder().thenToolCall("read", "{\"file_path\":\"a\"}")
                .thenText("one").thenText("two").build();
        AtomicLong counter = new AtomicLong();
        IdGenerator ids = prefix -> prefix + "_" + String.format("%06d", counter.incrementAndGet());
        String id;
        SessionUsage before;
        double expected;
        try (Harness h = Harness.builder().directory(dir).clock(new TickingClock()).ids(ids).models(m -> model)
                .loadToolsets(false).toolset(new FakeReadToolset()).prices(SONNET).build()) {
            Agent agent = h.agents().create(AgentSpec.builder().name("a").model("claude-sonnet-4-6")
                    .tool(AgentToolset.all()).build());
            Session s = h.sessions().create(agent, h.environments().create(EnvironmentSpec.inMemory("e")));
            s.send(UserMessage.text("first"));
            new HarnessFixture().awaitTurnEnd(s);
            s.send(UserMessage.text("second"));
            List<Event> events = new HarnessFixture().awaitTurnEnds(s, 2);
            expected = runningSeconds(events);
            before = s.usage();
            id = s.id();
            assertEquals(expected, s.stats().activeSeconds(), 1e-9, "one thread: stats and usage agree");
            assertTrue(s.stats().durationSeconds() > expected, "duration counts idle time too");
            JsonNode json = Json.mapper().readTree(s.toJson());
            assertEquals(List.of("id", "type", "agent", "environment_id", "title", "status", "metadata", "stats",
                    "usage", "outcome_evaluations", "created_at", "updated_at", "archived_at"), fieldNames(json));
            assertEquals(0, json.get("outcome_evaluations").size());
            assertEquals("idle", json.get("status").asText());
            assertEquals(expected, json.get("usage").get("active_seconds").asDouble(), 1e-9);
            assertEquals(expected, json.get("stats").get("active_seconds").asDouble(), 1e-9);
            assertTrue(json.get("usage").get("list_cost").has("amount"), json.toString());
        }
        assertTrue(expected > 0);
        assertEquals(expected, before.activeSeconds(), 1e-9, "idle time between the turns does not count");
        try (Harness h = Harness.builder().directory(dir).clock(new TickingClock()).ids(ids)
                .models(m -> model).loadToolsets(false).toolset(new FakeReadToolset()).prices(SONNET).build()) {
            assertEquals(before, h.sessions().retrieve(id).usage(), "usage is rebuilt from the log");
        }
    }

    private static double runningSeconds(List<Event> events) {
        Instant since = null;
        Duration total = Duration.ZERO;
        for (Event e : events) {
            if (e instanceof SessionStatusRunning) {
                since = e.processedAt();
            } else if (e instanceof SessionStatusIdle && since != null) {
                total = total.plus(Duration.between(since, e.processedAt()));
                since = null;
            }
        }
        return total.toNanos() / 1e9;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
