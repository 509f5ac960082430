package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.agent.Multiagent;
import dev.harness4j.agent.PermissionPolicy;
import dev.harness4j.agent.RosterEntry;
import dev.harness4j.event.AgentThreadMessageReceived;
import dev.harness4j.event.AgentThreadMessageSent;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionThreadCreated;
import dev.harness4j.event.SessionThreadStatusIdle;
import dev.harness4j.event.UserInterrupt;
import dev.harness4j.event.UserMessage;
import dev.harness4j.event.UserToolConfirmation;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.test.model.ScriptedChatModelBuilder;
import dev.harness4j.workspace.Workspace;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Multiagent at run time: delegation tools, session threads, cross-posted approvals, interrupts, the depth guard. */
@ExtendWith(HarnessExtension.class)
class ThreadsTest {
    private final Map<String, ScriptedChatModel> models = new HashMap<>();

    private ScriptedChatModel model(String id, Consumer<ScriptedChatModelBuilder> script) {
        ScriptedChatModelBuilder b = ScriptedChatModel.builder().name(id);
        script.accept(b);
        ScriptedChatModel m = b.build();
        models.put(id, m);
        return m;
    }

    private void route(HarnessFixture h) {
        h.configure(b -> b.loadToolsets(false).toolset(new FileTools()).models(config -> {
            ScriptedChatModel m = models.get(config.id());
            if (m == null) {
                throw new IllegalArgumentException("no scripted model " + config.id());
            }
            return m;
        }));
    }

    /** A built-in toolset with a real {@code write} into the session's workspace. */
    static final class FileTools implements dev.harness4j.hands.ToolsetProvider {
        @Override
        public String type() {
            return AgentToolset.TYPE;
        }

        @Override
        public List<dev.harness4j.hands.Tool> tools() {
            return List.of(new dev.harness4j.hands.Tool() {
                @Override
                public String name() {
                    return "write";
                }

                @Override
                public ToolSpecification specification() {
                    return ToolSpecification.builder().name("write").description("writes a file")
                            .parameters(dev.langchain4j.model.chat.request.json.JsonObjectSchema.builder()
                                    .addStringProperty("file_path").addStringProperty("content").build()).build();
                }

                @Override
                public dev.harness4j.hands.ToolResult execute(dev.harness4j.hands.ToolCall call,
                                                              dev.harness4j.hands.ToolContext context) {
                    try {
                        java.nio.file.Path p = context.workspace().resolve(call.requiredString("file_path"),
                                dev.harness4j.workspace.Intent.WRITE).real();
                        Files.writeString(p, call.requiredString("content"));
                        return dev.harness4j.hands.ToolResult.ok("wrote " + call.requiredString("file_path"));
                    } catch (java.io.IOException e) {
                        return dev.harness4j.hands.ToolResult.error(e.toString());
                    }
                }
            });
        }
    }

    private static Agent agent(HarnessFixture h, String name, String model, AgentToolset tools) {
        return h.harness().agents().create(AgentSpec.builder().name(name).model(model).tool(tools).build());
    }

    private static Session team(HarnessFixture h, AgentToolset writerTools) {
        Agent writer = agent(h, "writer", "writer-model", writerTools);
        Agent reviewer = agent(h, "reviewer", "reviewer-model", AgentToolset.all());
        Agent coordinator = h.harness().agents().create(AgentSpec.builder().name("lead").model("lead-model")
                .tool(AgentToolset.all())
                .multiagent(Multiagent.coordinator(RosterEntry.agent(writer.id()), RosterEntry.agent(reviewer.id())))
                .build());
        return h.harness().sessions().create(coordinator, h.environment());
    }

    private static List<String> toolNames(ChatRequest r) {
        return r.toolSpecifications().stream().map(ToolSpecification::name).toList();
    }

    private static String text(AgentToolResult r) {
        return ((ContentBlock.Text) r.content().get(0)).text();
    }

    private static <T> List<T> all(List<Event> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void delegatedTasksRunConcurrentlyInThreadsSharingTheWorkspace(HarnessFixture h) throws Exception {
        route(h);
        CountDownLatch reviewerStarted = new CountDownLatch(1);
        model("lead-model", s -> s.thenToolCall("delegate", "{\"tasks\":["
                + "{\"agent\":\"writer\",\"task\":\"write the tests\"},"
                + "{\"agent\":\"reviewer\",\"task\":\"review the code\"}]}").withUsage(10, 1)
                .thenText("team done").withUsage(10, 1));
        ScriptedChatModel writer = model("writer-model", s -> s.then(request -> {
            try {
                // Finishes only once the reviewer has started: passes only when the threads run concurrently.
                assertTrue(reviewerStarted.await(30, TimeUnit.SECONDS), "the reviewer never started");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ChatResponse.builder().aiMessage(AiMessage.from(List.of(ScriptedChatModel.toolCall("write",
                    "{\"file_path\":\"test.txt\",\"content\":\"assert true\"}")))).build();
        }).withUsage(100, 2).thenText("wrote test.txt").withUsage(100, 2));
        ScriptedChatModel reviewer = model("reviewer-model", s -> s.then(request -> {
            reviewerStarted.countDown();
            return ChatResponse.builder().aiMessage(AiMessage.from("looks good")).build();
        }).withUsage(1000, 3));
        Session session = team(h, AgentToolset.all());
        session.send(UserMessage.text("build it"));
        List<Event> done = h.awaitTurnEnd(session);

        List<SessionThreadCreated> created = all(done, SessionThreadCreated.class);
        assertEquals(List.of("writer", "reviewer"), created.stream().map(SessionThreadCreated::agentName).toList());
        assertEquals(2, all(done, AgentThreadMessageSent.class).size());
        List<AgentThreadMessageReceived> received = all(done, AgentThreadMessageReceived.class);
        assertEquals(2, received.size());
        assertEquals(created.get(0).sessionThreadId(), received.get(0).fromSessionThreadId());
        assertEquals(2, all(done, SessionThreadStatusIdle.class).size());
        AgentToolResult result = all(done, AgentToolResult.class).get(0);
        assertFalse(result.isError(), text(result));
        assertTrue(text(result).contains("\"reply\":\"wrote test.txt\""), text(result));
        assertTrue(text(result).contains("\"reply\":\"looks good\""), text(result));
        assertTrue(text(result).contains(created.get(0).sessionThreadId()), text(result));

        Workspace ws = session.workspace();
        assertEquals("assert true", Files.readString(ws.resolve("test.txt", dev.harness4j.workspace.Intent.READ).real()));
        assertTrue(toolNames(models.get("lead-model").requests().get(0)).contains("delegate"));
        for (ChatRequest r : writer.requests()) {
            assertFalse(toolNames(r).contains("delegate"), "a thread is never offered delegation tools");
            assertFalse(toolNames(r).contains("message_thread"));
        }
        assertTrue(reviewer.requests().get(0).messages().toString().contains("review the code"));
        // The thread's own log holds its whole conversation; the primary holds the condensed view.
        String key = session.id() + "." + created.get(0).sessionThreadId();
        assertTrue(h.harness().eventLog().read(key, 0, 100).stream().anyMatch(e -> e instanceof AgentToolUse));
        assertTrue(done.stream().noneMatch(e -> e instanceof AgentToolUse u && "write".equals(u.name())));
        assertEquals(10 * 2 + 100 * 2 + 1000, session.usage().inputTokens(), "thread usage is aggregated");
    }

    @Test
    void aThreadCannotDelegateEvenWhenItsAgentIsACoordinator(HarnessFixture h) {
        route(h);
        // The roster's self entry runs a copy of the coordinator itself: a thread whose agent has multiagent.
        ScriptedChatModel lead = model("lead-model", s -> s
                .thenToolCall("delegate", "{\"tasks\":[{\"agent\":\"lead\",\"task\":\"go deeper\"}]}")
                .thenToolCall("delegate", "{\"tasks\":[{\"agent\":\"lead\",\"task\":\"even deeper\"}]}")
                .thenText("I cannot delegate")
                .thenText("done"));
        Agent coordinator = h.harness().agents().create(AgentSpec.builder().name("lead").model("lead-model")
                .tool(AgentToolset.all()).multiagent(Multiagent.coordinator(RosterEntry.self())).build());
        Session session = h.harness().sessions().create(coordinator, h.environment());
        session.send(UserMessage.text("go"));
        List<Event> done = h.awaitTurnEnd(session);

        assertEquals(1, all(done, SessionThreadCreated.class).size(), "depth 2 never starts");
        assertFalse(toolNames(lead.requests().get(1)).contains("delegate"));
        String thread = all(done, SessionThreadCreated.class).get(0).sessionThreadId();
        List<Event> threadLog = h.harness().eventLog().read(session.id() + "." + thread, 0, 100);
        AgentToolResult refused = all(threadLog, AgentToolResult.class).get(0);
        assertTrue(refused.isError());
        assertTrue(text(refused).contains("unknown tool 'delegate'"), text(refused));
        assertEquals(4, lead.requestCount());
    }

    @Test
    void aThreadsApprovalIsCrossPostedAndAnsweredOnThePrimaryStream(HarnessFixture h) throws Exception {
        route(h);
        model("lead-model", s -> s.thenToolCall("delegate", "{\"tasks\":[{\"agent\":\"writer\",\"task\":\"w\"}]}")
                .thenText("done"));
        model("writer-model", s -> s.thenToolCall("write", "{\"file_path\":\"a.txt\",\"content\":\"x\"}")
                .thenText("wrote it"));
        model("reviewer-model", s -> { });
        Session session = team(h, AgentToolset.all().policy("write", PermissionPolicy.ALWAYS_ASK));
        session.send(UserMessage.text("go"));
        List<Event> asked = Waits.until(session, e -> e instanceof AgentToolUse u && u.sessionThreadId() != null);
        AgentToolUse use = all(asked, AgentToolUse.class).stream().filter(u -> u.sessionThreadId() != null)
                .findFirst().orElseThrow();
        String thread = all(asked, SessionThreadCreated.class).get(0).sessionThreadId();
        assertEquals(thread, use.sessionThreadId());
        assertEquals("write", use.name());

        List<?> echo = session.send(UserToolConfirmation.allow(use.id()));
        assertEquals(thread, ((UserToolConfirmation) echo.get(0)).sessionThreadId());
        List<Event> done = h.awaitTurnEnd(session);
        assertEquals("x", Files.readString(session.workspace().resolve("a.txt", dev.harness4j.workspace.Intent.READ).real()));
        AgentToolResult delegated = all(done, AgentToolResult.class).get(0);
        assertTrue(text(delegated).contains("wrote it"), text(delegated));
    }

    @Test
    void theApplicationsToolGateDecidesInsideThreadsAndSeesTheSessionId(HarnessFixture h) {
        List<String> asked = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        route(h);
        h.configure(b -> b.toolGate((sessionId, tool, input) -> {
            asked.add(sessionId + " " + tool);
            return tool.equals("write") ? dev.harness4j.hands.ToolGate.Decision.deny("writes are off today")
                    : dev.harness4j.hands.ToolGate.Decision.useDefault();
        }));
        model("lead-model", s -> s.thenToolCall("delegate", "{\"tasks\":[{\"agent\":\"writer\",\"task\":\"w\"}]}")
                .thenText("done"));
        model("writer-model", s -> s.thenToolCall("write", "{\"file_path\":\"a.txt\",\"content\":\"x\"}")
                .thenText("could not write"));
        model("reviewer-model", s -> { });
        Session session = team(h, AgentToolset.all());
        session.send(UserMessage.text("go"));
        List<Event> done = h.awaitTurnEnd(session);
        assertTrue(asked.contains(session.id() + " write"), "the gate saw the thread's call with the session id: "
                + asked);
        assertFalse(Files.exists(session.workspace().resolve("a.txt", dev.harness4j.workspace.Intent.READ).real()),
                "the denied write never ran");
        String thread = all(done, SessionThreadCreated.class).get(0).sessionThreadId();
        AgentToolResult denied = all(session.threadEvents(thread), AgentToolResult.class).get(0);
        assertTrue(denied.error() && text(denied).contains("writes are off today"), text(denied));
    }

    @Test
    void aThreadsCustomToolIsCrossPostedAndItsResultRoutedByEventId(HarnessFixture h) {
        route(h);
        model("lead-model", s -> s.thenToolCall("delegate", "{\"tasks\":[{\"agent\":\"forecaster\",\"task\":\"f\"}]}")
                .thenText("done"));
        model("forecast-model", s -> s.thenToolCall("get_weather", "{\"city\":\"Paris\"}").thenText("it is sunny"));
        Agent forecaster = h.harness().agents().create(AgentSpec.builder().name("forecaster").model("forecast-model")
                .tool(CustomToolsTest.WEATHER).build());
        Agent lead = h.harness().agents().create(AgentSpec.builder().name("lead").model("lead-model")
                .tool(AgentToolset.all()).multiagent(Multiagent.coordinator(RosterEntry.agent(forecaster.id())))
                .build());
        Session session = h.harness().sessions().create(lead, h.environment());
        session.send(UserMessage.text("weather?"));
        List<Event> asked = Waits.until(session, e -> e instanceof dev.harness4j.event.AgentCustomToolUse u
                && u.sessionThreadId() != null);
        dev.harness4j.event.AgentCustomToolUse use = all(asked, dev.harness4j.event.AgentCustomToolUse.class).get(0);
        String thread = all(asked, SessionThreadCreated.class).get(0).sessionThreadId();
        assertEquals(thread, use.sessionThreadId());
        session.send(dev.harness4j.event.UserCustomToolResult.text(use.id(), "sunny, 24C"));
        List<Event> done = h.awaitTurnEnd(session);
        assertTrue(text(all(done, AgentToolResult.class).get(0)).contains("it is sunny"));
        List<Event> threadLog = session.threadEvents(thread);
        assertTrue(threadLog.stream().anyMatch(e -> e instanceof dev.harness4j.event.UserCustomToolResult r
                && r.content().toString().contains("sunny, 24C")), "the thread received the result");
        assertTrue(models.get("forecast-model").lastRequest().messages().toString().contains("sunny, 24C"));
    }

    @Test
    void anInterruptWithoutThreadIdInterruptsEveryThread(HarnessFixture h) throws Exception {
        route(h);
        model("lead-model", s -> s.thenToolCall("delegate", "{\"tasks\":[{\"agent\":\"writer\",\"task\":\"w\"}]}"));
        model("writer-model", s -> s.thenToolCall("write", "{\"file_path\":\"a.txt\",\"content\":\"x\"}"));
        model("reviewer-model", s -> { });
        Session session = team(h, AgentToolset.all().policy("write", PermissionPolicy.ALWAYS_ASK));
        session.send(UserMessage.text("go"));
        List<Event> asked = Waits.until(session, e -> e instanceof AgentToolUse u && u.sessionThreadId() != null);
        String thread = all(asked, SessionThreadCreated.class).get(0).sessionThreadId();
        session.send(UserInterrupt.all());
        List<Event> done = h.awaitTurnEnd(session);
        SessionThreadStatusIdle idle = all(done, SessionThreadStatusIdle.class).get(
                all(done, SessionThreadStatusIdle.class).size() - 1);
        assertEquals("end_turn", idle.stopReason() instanceof dev.harness4j.event.StopReason.EndTurn ? "end_turn"
                : idle.stopReason().toString());
        List<Event> threadLog = h.harness().eventLog().read(session.id() + "." + thread, 0, 100);
        AgentToolResult closed = all(threadLog, AgentToolResult.class).get(0);
        assertTrue(closed.isError());
        assertTrue(text(closed).contains(ToolPhase.INTERRUPTED_BY_USER), text(closed));
        AgentToolResult delegate = all(done, AgentToolResult.class).get(0);
        assertTrue(delegate.isError(), text(delegate));
        assertFalse(Files.exists(session.workspace().resolve("a.txt", dev.harness4j.workspace.Intent.READ).real()));
    }

    @Test
    void anInterruptWithAThreadIdStopsOnlyThatThread(HarnessFixture h) throws Exception {
        route(h);
        model("lead-model", s -> s.thenToolCall("delegate", "{\"tasks\":[{\"agent\":\"writer\",\"task\":\"w\"}]}")
                .thenText("the writer was stopped"));
        model("writer-model", s -> s.thenToolCall("write", "{\"file_path\":\"a.txt\",\"content\":\"x\"}"));
        model("reviewer-model", s -> { });
        Session session = team(h, AgentToolset.all().policy("write", PermissionPolicy.ALWAYS_ASK));
        session.send(UserMessage.text("go"));
        List<Event> asked = Waits.until(session, e -> e instanceof AgentToolUse u && u.sessionThreadId() != null);
        String thread = all(asked, SessionThreadCreated.class).get(0).sessionThreadId();
        int before = session.events().size();
        assertThrows(dev.harness4j.NotFoundException.class,
                () -> session.send(new UserInterrupt(null, "sthr_unknown", null)));
        assertEquals(before, session.events().size(), "a refused interrupt appends nothing");
        session.send(new UserInterrupt(null, thread, null));
        List<Event> done = h.awaitTurnEnd(session);
        AgentToolResult delegate = all(done, AgentToolResult.class).get(0);
        assertFalse(delegate.isError(), text(delegate));
        assertTrue(text(delegate).contains("\"stop_reason\":\"end_turn\""), text(delegate));
        assertTrue(all(done, dev.harness4j.event.AgentMessage.class).stream()
                .anyMatch(m -> m.content().toString().contains("the writer was stopped")));
        List<Event> threadLog = h.harness().eventLog().read(session.id() + "." + thread, 0, 100);
        assertTrue(text(all(threadLog, AgentToolResult.class).get(0)).contains(ToolPhase.INTERRUPTED_BY_USER));
    }

    @Test
    void aDelegationBeyondTwentyFiveThreadsIsAnErrorResult(HarnessFixture h) {
        route(h);
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < Threads.MAX_RUNNING + 1; i++) {
            tasks.append(i == 0 ? "" : ",").append("{\"agent\":\"reviewer\",\"task\":\"t").append(i).append("\"}");
        }
        model("lead-model", s -> s.thenToolCall("delegate", "{\"tasks\":[" + tasks + "]}")
                .thenToolCall("delegate", "{\"tasks\":[{\"agent\":\"nobody\",\"task\":\"t\"}]}").thenText("ok"));
        model("writer-model", s -> { });
        model("reviewer-model", s -> { });
        Session session = team(h, AgentToolset.all());
        session.send(UserMessage.text("go"));
        List<Event> done = h.awaitTurnEnd(session);
        List<AgentToolResult> results = all(done, AgentToolResult.class);
        assertTrue(results.get(0).isError());
        assertTrue(text(results.get(0)).contains("at most 25 threads"), text(results.get(0)));
        assertTrue(text(results.get(1)).contains("no agent named 'nobody'"), text(results.get(1)));
        assertTrue(all(done, SessionThreadCreated.class).isEmpty(), "nothing started");
        assertNotNull(session.usage());
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void aThreadInFlightWhenTheProcessDiedIsClosedAndTheCoordinatorGoesOn() {
        java.util.concurrent.atomic.AtomicLong n = new java.util.concurrent.atomic.AtomicLong();
        dev.harness4j.id.IdGenerator ids = prefix -> prefix + "_" + String.format("%06d", n.incrementAndGet());
        java.time.Instant t = HarnessFixture.NOW;
        java.util.function.Function<ScriptedChatModel, dev.harness4j.Harness> open = m -> dev.harness4j.Harness
                .builder().directory(dir).clock(java.time.Clock.fixed(t, java.time.ZoneOffset.UTC)).ids(ids)
                .models(c -> m).loadToolsets(false).toolset(new FileTools()).build();
        String sessionId;
        String thread = "sthr_dead";
        String write;
        try (dev.harness4j.Harness h = open.apply(ScriptedChatModel.builder().build())) {
            Agent writer = h.agents().create(AgentSpec.builder().name("writer").model("m").tool(AgentToolset.all())
                    .build());
            Agent lead = h.agents().create(AgentSpec.builder().name("lead").model("m").tool(AgentToolset.all())
                    .multiagent(Multiagent.coordinator(RosterEntry.agent(writer.id()))).build());
            Session s = h.sessions().create(lead, h.environments().create(
                    dev.harness4j.environment.EnvironmentSpec.inMemory("e")));
            sessionId = s.id();
            // What a dead process left: the coordinator waiting in delegate, the thread between a call and its result.
            String msg = ids.next("sevt");
            String start = ids.next("sevt");
            h.eventLog().append(sessionId, List.of(
                    new UserMessage(msg, List.of(ContentBlock.text("go")), null),
                    new UserMessage(msg, List.of(ContentBlock.text("go")), t),
                    new dev.harness4j.event.SessionStatusRunning(ids.next("sevt"), t),
                    new dev.harness4j.event.SpanModelRequestStart(start, t),
                    new AgentToolUse(ids.next("sevt"), "delegate", Map.of("tasks", List.of(Map.of("agent", "writer",
                            "task", "w"))), dev.harness4j.event.Permission.ALLOW, null, t),
                    new dev.harness4j.event.SpanModelRequestEnd(ids.next("sevt"), start, false,
                            dev.harness4j.event.ModelUsage.ZERO, t),
                    new SessionThreadCreated(ids.next("sevt"), thread, "writer", t),
                    new AgentThreadMessageSent(ids.next("sevt"), thread, "writer", List.of(ContentBlock.text("w")), t),
                    new dev.harness4j.event.SessionThreadStatusRunning(ids.next("sevt"), thread, "writer", t)));
            String tstart = ids.next("sevt");
            write = ids.next("sevt");
            h.eventLog().append(sessionId + "." + thread, List.of(
                    new UserMessage(ids.next("sevt"), List.of(ContentBlock.text("w")), t),
                    new dev.harness4j.event.SessionStatusRunning(ids.next("sevt"), t),
                    new dev.harness4j.event.SpanModelRequestStart(tstart, t),
                    new AgentToolUse(write, "write", Map.of("file_path", "a", "content", "x"),
                            dev.harness4j.event.Permission.ALLOW, null, t),
                    new dev.harness4j.event.SpanModelRequestEnd(ids.next("sevt"), tstart, false,
                            new dev.harness4j.event.ModelUsage(7, 1, 0, 0, null), t)));
        }
        ScriptedChatModel model = ScriptedChatModel.builder().thenText("recovered").build();
        try (dev.harness4j.Harness h = open.apply(model)) {
            Session s = h.sessions().retrieve(sessionId);
            List<Event> done = Waits.until(s, e -> e instanceof dev.harness4j.event.SessionStatusIdle);
            List<Event> threadLog = h.eventLog().read(sessionId + "." + thread, 0, 100);
            AgentToolResult closed = all(threadLog, AgentToolResult.class).get(0);
            assertEquals(write, closed.toolUseId());
            assertTrue(text(closed).contains(ToolPhase.INTERRUPTED_BY_RESTART), text(closed));
            assertTrue(threadLog.get(threadLog.size() - 1) instanceof dev.harness4j.event.SessionStatusIdle);
            assertEquals(1, all(done, SessionThreadStatusIdle.class).size());
            AgentToolResult delegate = all(done, AgentToolResult.class).get(0);
            assertTrue(text(delegate).contains(ToolPhase.INTERRUPTED_BY_RESTART), text(delegate));
            assertEquals(7 + sumLead(done), s.usage().inputTokens(), "the dead thread's usage is folded again");
        }
    }

    private static long sumLead(List<Event> events) {
        return all(events, dev.harness4j.event.SpanModelRequestEnd.class).stream()
                .mapToLong(e -> e.modelUsage().inputTokens()).sum();
    }
}
