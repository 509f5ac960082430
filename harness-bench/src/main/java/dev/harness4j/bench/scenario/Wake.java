package dev.harness4j.bench.scenario;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.bench.fake.FakeChatModel;
import dev.harness4j.bench.fake.SessionHistory;
import dev.harness4j.bench.turn.H4j;
import dev.harness4j.bench.turn.WorkDir;
import dev.harness4j.brain.ModelResolver;
import dev.harness4j.environment.Environment;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.log.FileEventLog;
import dev.harness4j.log.FsyncPolicy;
import dev.harness4j.session.Session;
import dev.harness4j.session.SessionStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * Waking a 100,000-event session: a file-backed harness (directory store and log) holds one session whose log is
 * 1,000 exchanges of 100 events; the harness is closed, then reopened and the session retrieved until its status is
 * known. Timed {@code rounds} times in this JVM; the first round is reported apart (it pays class loading of the
 * reopen path).
 */
final class Wake {
    private Wake() {
    }

    static void run(int events, int rounds, Results out) throws IOException {
        Path dir = Files.createTempDirectory(WorkDir.get(), "wake-");
        try {
            FakeChatModel model = new FakeChatModel(0);
            String id;
            try (Harness harness = Harness.builder().directory(dir).models(ModelResolver.always(model)).build()) {
                Agent agent = H4j.agent(harness);
                Environment env = harness.environments().create(EnvironmentSpec.inMemory("wake-env"));
                Session session = harness.sessions().create(agent, env);
                id = session.id();
            }
            SessionHistory history = new SessionHistory(Clock.systemUTC());
            try (FileEventLog log = FileEventLog.open(dir.resolve("events"), FsyncPolicy.NONE)) {
                for (int i = 0; i < events / 100; i++) {
                    log.append(id, history.exchange(100));
                }
            }
            double[] ms = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                try (Harness harness = Harness.builder().directory(dir).models(ModelResolver.always(model)).build()) {
                    Session session = harness.sessions().retrieve(id);
                    SessionStatus status = session.status();
                    ms[r] = (System.nanoTime() - t0) / 1e6;
                    if (status != SessionStatus.IDLE) {
                        throw new IllegalStateException("woken session is " + status + ", expected idle");
                    }
                    if (r == 0 && harness.eventLog().size(id) != events) {
                        throw new IllegalStateException("the log holds " + harness.eventLog().size(id) + " events");
                    }
                }
            }
            out.put("wake.first", ms[0], "ms");
            double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
            Arrays.sort(warm);
            out.put("wake.median", warm[warm.length / 2], "ms");
        } finally {
            WorkDir.delete(dir);
        }
    }
}
