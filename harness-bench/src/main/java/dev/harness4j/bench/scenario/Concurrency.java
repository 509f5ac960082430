package dev.harness4j.bench.scenario;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.bench.turn.H4j;
import dev.harness4j.brain.ModelResolver;
import dev.harness4j.environment.Environment;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.session.Session;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Many sessions at once against a slow model: {@code sessions} sessions each run {@code turns} exchanges (a user
 * message answered by one model call that sleeps {@code latencyMs}), every session driven by its own client thread.
 * The ideal wall time is {@code turns * latencyMs}: every session's model calls overlapping.
 */
final class Concurrency {
    private Concurrency() {
    }

    /** A thread-safe model that sleeps, then answers. */
    static final class SlowModel implements ChatModel {
        private final long latencyMs;
        private final ChatResponse answer = ChatResponse.builder().aiMessage(AiMessage.from("Done."))
                .tokenUsage(new TokenUsage(100, 20)).finishReason(FinishReason.STOP).build();

        SlowModel(long latencyMs) {
            this.latencyMs = latencyMs;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            try {
                Thread.sleep(latencyMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            return answer;
        }
    }

    /** A virtual-thread-per-task executor, or null before JDK 21 (looked up reflectively: the bench targets 17). */
    static ExecutorService virtualThreads() {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    static void run(String executorName, int sessions, int turns, long latencyMs, Results out) throws Exception {
        ExecutorService owned = null;
        Harness.HarnessBuilder b = Harness.builder().models(ModelResolver.always(new SlowModel(latencyMs)));
        if (executorName.equals("virtual")) {
            owned = virtualThreads();
            if (owned == null) {
                throw new IllegalStateException("virtual threads need JDK 21+, this is " + Runtime.version());
            }
            b.executor(owned);
        }
        try (Harness harness = b.build()) {
            Agent agent = H4j.agent(harness);
            Environment env = harness.environments().create(EnvironmentSpec.inMemory("conc-env"));
            List<Session> all = new ArrayList<>(sessions);
            for (int i = 0; i < sessions; i++) {
                all.add(harness.sessions().create(agent, env));
            }
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(sessions);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> clients = new ArrayList<>(sessions);
            for (Session s : all) {
                Thread t = new Thread(() -> {
                    try {
                        start.await();
                        for (int k = 0; k < turns; k++) {
                            H4j.exchange(s, "Turn " + k);
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        done.countDown();
                    }
                }, "client-" + s.id());
                t.setDaemon(true);
                clients.add(t);
                t.start();
            }
            long t0 = System.nanoTime();
            start.countDown();
            if (!done.await(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("sessions did not finish within 30 minutes");
            }
            double wallMs = (System.nanoTime() - t0) / 1e6;
            if (failure.get() != null) {
                throw new IllegalStateException("a session failed", failure.get());
            }
            double ideal = (double) turns * latencyMs;
            String key = "concurrency." + executorName;
            out.put(key + ".sessions", sessions, "sessions");
            out.put(key + ".turns", turns, "turns");
            out.put(key + ".wall", wallMs, "ms");
            out.put(key + ".ideal", ideal, "ms");
            out.put(key + ".jdk", Runtime.version().feature(), "jdk");
        } finally {
            if (owned != null) {
                owned.shutdownNow();
            }
        }
    }
}
