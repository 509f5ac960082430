package dev.harness4j.bench.turn;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.bench.fake.Workload;
import dev.harness4j.environment.Environment;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.event.UserMessage;
import dev.harness4j.log.EventStream;
import dev.harness4j.session.Session;

/** harness4j set-up shared by benchmarks and scenarios: the agent, the environment, and one turn done the documented way. */
public final class H4j {
    private H4j() {
    }

    /** The benchmark agent: every built-in tool, a one-line system prompt, the fake model id. */
    public static Agent agent(Harness harness) {
        return harness.agents().create(AgentSpec.builder().name("bench-agent").model("fake-model")
                .system("You are a benchmark agent.").tool(AgentToolset.all()).build());
    }

    /** An in-memory environment seeded with the 2 KB workload file. */
    public static Environment workloadEnvironment(Harness harness) {
        return harness.environments().create(EnvironmentSpec.builder().name("bench-env")
                .seedFile(Workload.FILE, Workload.CONTENT).build());
    }

    /**
     * One exchange as the quickstart shows it: open the stream, send the user message, take events until the idle that
     * ends the turn. Returns the number of events seen; an exchange that ends any other way (a limit, an error) is
     * a failed benchmark, never a fast one.
     */
    public static int exchange(Session session, String text) throws InterruptedException {
        int seen = 0;
        try (EventStream events = session.stream()) {
            session.send(UserMessage.text(text));
            for (Event e; (e = events.take()) != null; ) {
                seen++;
                if (e instanceof SessionError error) {
                    throw new IllegalStateException("session " + session.id() + " failed: " + error.error());
                }
                if (e instanceof SessionStatusIdle idle && idle.endsTurn()) {
                    if (!StopReason.END_TURN.equals(idle.stopReason())) {
                        throw new IllegalStateException("session " + session.id() + " stopped with "
                                + idle.stopReason() + " instead of end_turn");
                    }
                    return seen;
                }
                if (e instanceof SessionStatusTerminated) {
                    throw new IllegalStateException("session " + session.id() + " terminated: " + session.events());
                }
            }
        }
        throw new IllegalStateException("the stream of session " + session.id() + " ended before the turn did");
    }
}
