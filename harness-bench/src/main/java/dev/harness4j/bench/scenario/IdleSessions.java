package dev.harness4j.bench.scenario;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.bench.fake.FakeChatModel;
import dev.harness4j.bench.turn.H4j;
import dev.harness4j.brain.ModelResolver;
import dev.harness4j.environment.Environment;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.session.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap held by idle sessions: one in-memory harness, an in-memory environment without seed files, then
 * {@code count} sessions created and kept (each with its provisioned Jimfs workspace, no turn run). The heap after
 * full collections, before and after, is the cost.
 */
final class IdleSessions {
    private IdleSessions() {
    }

    static void run(int count, Results out) throws InterruptedException {
        try (Harness harness = Harness.builder().models(ModelResolver.always(new FakeChatModel(0))).build()) {
            Agent agent = H4j.agent(harness);
            Environment env = harness.environments().create(EnvironmentSpec.inMemory("idle-env"));
            harness.sessions().create(agent, env); // load the classes before the baseline
            long before = Heap.settledUsed();
            List<Session> sessions = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                sessions.add(harness.sessions().create(agent, env));
            }
            long after = Heap.settledUsed();
            double mb = (after - before) / (1024.0 * 1024.0);
            out.put("idle.sessions", count, "sessions");
            out.put("idle.heap", mb, "MB");
            out.put("idle.perSession", (after - before) / 1024.0 / count, "KB");
            if (sessions.size() != count) {
                throw new IllegalStateException("lost sessions");
            }
        }
    }
}
