package dev.harness4j.test.junit;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.environment.Environment;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.log.EventStream;
import dev.harness4j.session.Session;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.test.model.ScriptedChatModelBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A harness for one test: fixed clock, sequential ids, in-memory store and log, a sleeper that records retry waits
 * instead of sleeping ({@link #sleeps}), a seeded random source, and a scripted model the test sets with
 * {@link #script}. Injected by {@link HarnessExtension}; closed after the test.
 */
public final class HarnessFixture implements AutoCloseable {
    /** The instant of the fixed clock. */
    public static final Instant NOW = Instant.parse("2026-04-08T12:00:00Z");
    /** The seed of the harness's random source (retry jitter). */
    public static final long SEED = 42;
    /** How long {@link #awaitTurnEnd} waits before failing. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final List<UnaryOperator<Harness.HarnessBuilder>> customisations = new ArrayList<>();
    private final List<Duration> sleeps = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile ScriptedChatModel model = ScriptedChatModel.builder().name("empty script").build();
    private Harness harness;

    /** Sets the scripted model every agent of this harness talks to. */
    public ScriptedChatModel script(Consumer<ScriptedChatModelBuilder> script) {
        ScriptedChatModelBuilder b = ScriptedChatModel.builder();
        script.accept(b);
        model = b.build();
        return model;
    }

    /** The scripted model in use. */
    public ScriptedChatModel model() {
        return model;
    }

    /** The waits the runtime asked for between retries, in order (nothing really sleeps). */
    public List<Duration> sleeps() {
        synchronized (sleeps) {
            return List.copyOf(sleeps);
        }
    }

    /** Adjusts the harness builder (call before the first {@link #harness()}). */
    public HarnessFixture configure(UnaryOperator<Harness.HarnessBuilder> customisation) {
        if (harness != null) {
            throw new IllegalStateException("the harness is already built");
        }
        customisations.add(customisation);
        return this;
    }

    /** The harness, built on first use. */
    public synchronized Harness harness() {
        if (harness == null) {
            Harness.HarnessBuilder b = Harness.builder()
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .ids(IdGenerator.sequential())
                    .models(config -> model)
                    .sleeper(sleeps::add)
                    .random(new java.util.SplittableRandom(SEED));
            for (UnaryOperator<Harness.HarnessBuilder> c : customisations) {
                b = c.apply(b);
            }
            harness = b.build();
        }
        return harness;
    }

    /** An agent with the built-in toolset. */
    public Agent agent() {
        return harness().agents().create(AgentSpec.builder().name("test agent").model("claude-sonnet-4-6")
                .system("You are a test agent.").tool(AgentToolset.all()).build());
    }

    /** An agent without tools. */
    public Agent agentWithoutTools() {
        return harness().agents().create(AgentSpec.builder().name("plain agent").model("claude-sonnet-4-6").build());
    }

    /** An in-memory environment. */
    public Environment environment() {
        return harness().environments().create(EnvironmentSpec.inMemory("env-" + harness().environments().list().size()));
    }

    /** A session of {@link #agent()} in {@link #environment()}. */
    public Session session() {
        return harness().sessions().create(agent(), environment());
    }

    /**
     * Waits until the session's turn is over (idle for any reason but requires_action, or terminated) and returns the
     * whole history; fails after {@link #TIMEOUT}.
     */
    public List<Event> awaitTurnEnd(Session session) {
        return awaitTurnEnds(session, 1);
    }

    /** Waits for the {@code n}-th turn end counted from the start of the log, then returns the whole history. */
    public List<Event> awaitTurnEnds(Session session, int n) {
        int seen = 0;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (EventStream stream = session.stream(0)) {
            while (seen < n) {
                long left = deadline - System.nanoTime();
                Event e = left <= 0 ? null : stream.poll(Duration.ofNanos(left));
                if (e == null) {
                    throw new AssertionError("no turn end within " + TIMEOUT + "; events so far: " + types(session.events()));
                }
                if ((e instanceof SessionStatusIdle idle && idle.endsTurn()) || e instanceof SessionStatusTerminated) {
                    seen++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the turn to end", e);
        }
        return session.events();
    }

    private static List<String> types(List<Event> events) {
        List<String> t = new ArrayList<>(events.size());
        events.forEach(e -> t.add(e.type()));
        return t;
    }

    /** Closes the harness. */
    @Override
    public synchronized void close() {
        if (harness != null) {
            harness.close();
            harness = null;
        }
    }
}
