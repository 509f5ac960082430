package dev.harness4j.session;

import dev.harness4j.HarnessException;
import dev.harness4j.event.AgentThreadMessageReceived;
import dev.harness4j.event.AgentThreadMessageSent;
import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.json.Json;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The coordinator's delegation tools, offered only to an agent with {@code multiagent} on the primary thread:
 * <ul>
 *   <li>{@code delegate {tasks: [{agent, task}, …]}} starts one new thread per task (all at once, so they run
 *       concurrently) and returns when every one has finished its turn: a JSON array of
 *       {@code {thread_id, agent, stop_reason, reply}} in task order.</li>
 *   <li>{@code message_thread {thread_id, message}} gives an existing thread a follow-up (it keeps its history) and
 *       returns its answer in the same shape.</li>
 * </ul>
 * Blocking until the replies arrive keeps the coordinator's loop simple and deterministic: one tool call, one result
 * with every reply. Each message and reply is recorded on the primary stream as {@code agent.thread_message_sent} /
 * {@code agent.thread_message_received}. An interrupt of the coordinator's call interrupts the threads it waits for.
 */
final class DelegationTools {
    static final String DELEGATE = "delegate";
    static final String MESSAGE_THREAD = "message_thread";

    private DelegationTools() {
    }

    /** The two tools, bound to a session's threads. */
    static List<Tool> of(Threads threads) {
        return List.of(new Delegate(threads), new MessageThread(threads));
    }

    private record Delegate(Threads threads) implements Tool {
        @Override
        public String name() {
            return DELEGATE;
        }

        @Override
        public ToolSpecification specification() {
            return ToolSpecification.builder().name(DELEGATE)
                    .description("Delegate tasks to agents of your team. Each task starts a new session thread with "
                            + "its own context, working in the same workspace; the tasks run at the same time and "
                            + "this call returns when all have answered, with each thread's id and final reply. "
                            + "Available agents: " + threads.rosterNames() + ". Use message_thread to follow up.")
                    .parameters(JsonObjectSchema.builder()
                            .addProperty("tasks", JsonArraySchema.builder()
                                    .description("One entry per thread to start (at most " + Threads.MAX_RUNNING + ")")
                                    .items(JsonObjectSchema.builder()
                                            .addStringProperty("agent", "Name of the team agent")
                                            .addStringProperty("task", "Self-contained instructions for it")
                                            .required("agent", "task").build())
                                    .build())
                            .required("tasks").build())
                    .build();
        }

        @Override
        public ToolResult execute(ToolCall call, ToolContext context) {
            Object raw = call.input().get("tasks");
            if (!(raw instanceof List<?> list) || list.isEmpty()) {
                return ToolResult.error("delegate: 'tasks' must be a non-empty array of {agent, task}");
            }
            List<String[]> tasks = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m) || !(m.get("agent") instanceof String agent)
                        || !(m.get("task") instanceof String task) || task.isBlank()) {
                    return ToolResult.error("delegate: each task must be an object with string 'agent' and 'task'");
                }
                tasks.add(new String[] {agent, task});
            }
            List<ThreadRunner> runners = new ArrayList<>();
            List<CompletableFuture<ThreadRunner.Reply>> replies = new ArrayList<>();
            try {
                synchronized (threads) {
                    threads.checkCapacity(tasks.size());
                    for (String[] t : tasks) {
                        threads.checkAgent(t[0]);
                    }
                    for (String[] t : tasks) {
                        ThreadRunner runner = threads.create(t[0]);
                        runners.add(runner);
                        replies.add(send(threads, runner, t[1]));
                    }
                }
            } catch (HarnessException e) {
                runners.forEach(ThreadRunner::interrupt);
                return ToolResult.error("delegate: " + e.getMessage());
            }
            return await(threads, runners, replies, context, false);
        }
    }

    private record MessageThread(Threads threads) implements Tool {
        @Override
        public String name() {
            return MESSAGE_THREAD;
        }

        @Override
        public ToolSpecification specification() {
            return ToolSpecification.builder().name(MESSAGE_THREAD)
                    .description("Send a follow-up message to a thread you started with delegate; it keeps its "
                            + "history. Returns when the thread has answered, with its final reply.")
                    .parameters(JsonObjectSchema.builder()
                            .addStringProperty("thread_id", "The thread's id (sthr_…) from delegate's result")
                            .addStringProperty("message", "What to tell or ask the thread")
                            .required("thread_id", "message").build())
                    .build();
        }

        @Override
        public ToolResult execute(ToolCall call, ToolContext context) {
            String threadId;
            String message;
            try {
                threadId = call.requiredString("thread_id");
                message = call.requiredString("message");
            } catch (HarnessException e) {
                return ToolResult.error(MESSAGE_THREAD + ": " + e.getMessage());
            }
            ThreadRunner runner;
            CompletableFuture<ThreadRunner.Reply> reply;
            try {
                synchronized (threads) {
                    runner = threads.get(threadId);
                    if (!runner.busy()) {
                        threads.checkCapacity(1);
                    }
                    reply = send(threads, runner, message);
                }
            } catch (HarnessException e) {
                return ToolResult.error(MESSAGE_THREAD + ": " + e.getMessage());
            }
            return await(threads, List.of(runner), List.of(reply), context, true);
        }
    }

    private static CompletableFuture<ThreadRunner.Reply> send(Threads threads, ThreadRunner runner, String text) {
        runner.checkAccepts();
        threads.appendPrimary(List.of(new AgentThreadMessageSent(threads.newEventId(), runner.threadId(),
                runner.agentName(), Threads.text(text), threads.now())));
        return runner.send(text);
    }

    /** Waits for every reply in order, recording each on the primary stream; an interrupt stops the threads. */
    private static ToolResult await(Threads threads, List<ThreadRunner> runners,
                                    List<CompletableFuture<ThreadRunner.Reply>> replies, ToolContext context,
                                    boolean single) {
        List<Map<String, Object>> out = new ArrayList<>();
        try (AutoCloseable hook = context.onCancel(() -> runners.forEach(ThreadRunner::interrupt))) {
            for (CompletableFuture<ThreadRunner.Reply> f : replies) {
                ThreadRunner.Reply r = f.get();
                threads.appendPrimary(List.of(new AgentThreadMessageReceived(threads.newEventId(), r.threadId(),
                        r.agentName(), Threads.text(r.text()), threads.now())));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("thread_id", r.threadId());
                m.put("agent", r.agentName());
                m.put("stop_reason", Json.mapper().valueToTree(r.stopReason()).path("type").asText());
                m.put("reply", r.text() == null ? "" : r.text());
                out.add(m);
            }
            return ToolResult.ok(Json.mapper().writeValueAsString(single ? out.get(0) : out));
        } catch (InterruptedException e) {
            runners.forEach(ThreadRunner::interrupt);
            Thread.currentThread().interrupt();
            return ToolResult.error("interrupted while waiting for the threads' replies");
        } catch (ExecutionException e) {
            return ToolResult.error("a thread failed: " + e.getCause());
        } catch (Exception e) {
            return ToolResult.error("could not collect the threads' replies: " + e);
        }
    }
}
