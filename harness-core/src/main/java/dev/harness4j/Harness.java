package dev.harness4j;

import dev.harness4j.agent.Agents;
import dev.harness4j.brain.Brain;
import dev.harness4j.brain.ModelBrain;
import dev.harness4j.brain.ModelResolver;
import dev.harness4j.agent.ModelConfig;
import dev.harness4j.outcome.Grader;
import dev.harness4j.session.OutcomeGrading;
import dev.harness4j.environment.Environments;
import dev.harness4j.hands.CustomToolHandler;
import dev.harness4j.hands.HostTools;
import dev.harness4j.hands.ToolGate;
import dev.harness4j.hands.ToolsetProvider;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.log.EventLog;
import dev.harness4j.log.FileEventLog;
import dev.harness4j.log.InMemoryEventLog;
import dev.harness4j.brain.CompactionPolicy;
import dev.harness4j.session.RetryPolicy;
import dev.harness4j.session.SessionControls;
import dev.harness4j.session.SessionLimits;
import dev.harness4j.session.Sleeper;
import dev.harness4j.usage.PriceTable;
import dev.harness4j.usage.UsageLimits;
import dev.harness4j.session.SessionServices;
import dev.harness4j.session.Sessions;
import dev.harness4j.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: agents, environments and sessions of one harness. Everything hangs off an instance; two harnesses
 * in one JVM share nothing.
 */
public final class Harness implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Harness.class);

    private final Store store;
    private final EventLog eventLog;
    private final Agents agents;
    private final Environments environments;
    private final Sessions sessions;
    private final RunnerPool runners;
    private final SessionData sessionData;

    private Harness(HarnessBuilder b) {
        this.store = b.store;
        this.eventLog = b.eventLog;
        this.agents = new Agents(store, b.clock, b.ids);
        this.environments = new Environments(store, b.clock, b.ids);
        this.runners = b.executor != null ? null : new RunnerPool(b.threads);
        java.util.concurrent.Executor executor = runners != null ? runners.executor() : b.executor;
        this.sessionData = new SessionData(b.sessionData);
        Brain brain = b.brain != null ? b.brain : new ModelBrain(b.models, b.compaction);
        this.sessions = new Sessions(new SessionServices(store, eventLog, agents, environments, brain, b.toolsets(),
                b.clock, b.ids, executor, b.limits, sessionData, new SessionControls(b.retry, b.sleeper,
                b.random != null ? b.random : new java.util.SplittableRandom(), b.usageLimits, b.prices),
                new HostTools(b.gate, b.customHandlers),
                OutcomeGrading.of(b.grader, b.models, b.graderModel, b.outcomeHeartbeat)));
        if (b.resumeOnBuild) {
            List<String> woken = sessions.resumeAll();
            if (!woken.isEmpty()) {
                log.info("resumed {} session(s) left with work by a previous process: {}", woken.size(), woken);
            }
        }
    }

    /** A builder with in-memory store and log, the system clock and random ids. */
    public static HarnessBuilder builder() {
        return new HarnessBuilder();
    }

    /** Agents: create, retrieve, list, update, archive. */
    public Agents agents() {
        return agents;
    }

    /** Environments: create, retrieve, list, update, archive, delete. */
    public Environments environments() {
        return environments;
    }

    /** Sessions: create, retrieve, list. */
    public Sessions sessions() {
        return sessions;
    }

    /** The event log all sessions write to. */
    public EventLog eventLog() {
        return eventLog;
    }

    /** Stops the runners, closes workspaces, the log and the store. */
    @Override
    public void close() {
        if (runners != null) {
            runners.close();
        }
        sessions.close();
        eventLog.close();
        try {
            store.close();
        } catch (Exception e) {
            log.warn("closing the store failed", e);
        }
        sessionData.close();
    }

    /** Configures a harness; {@link #build()} validates and wires it. */
    public static final class HarnessBuilder {
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids;
        private Store store;
        private EventLog eventLog;
        private Path directory;
        private ModelResolver models;
        private Brain brain;
        private java.util.concurrent.Executor executor;
        private int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        private final List<ToolsetProvider> extraToolsets = new ArrayList<>();
        private boolean loadToolsets = true;
        private SessionLimits limits = SessionLimits.DEFAULTS;
        private Path sessionData;
        private RetryPolicy retry = RetryPolicy.DEFAULTS;
        private Sleeper sleeper = Sleeper.THREAD;
        private java.util.random.RandomGenerator random;
        private UsageLimits usageLimits = UsageLimits.DEFAULTS;
        private PriceTable prices = PriceTable.NONE;
        private CompactionPolicy compaction = CompactionPolicy.DEFAULTS;
        private ToolGate gate = ToolGate.DEFAULT;
        private final Map<String, CustomToolHandler> customHandlers = new LinkedHashMap<>();
        private boolean resumeOnBuild = true;
        private Grader grader;
        private ModelConfig graderModel;
        private java.time.Duration outcomeHeartbeat = OutcomeGrading.DEFAULT_HEARTBEAT;

        private HarnessBuilder() {
        }

        /**
         * The application's gate on built-in tool calls, consulted before the agent's permission policies
         * (deny beats ask beats allow beats the agent's policy; {@link ToolGate.Decision#useDefault()} defers).
         */
        public HarnessBuilder toolGate(ToolGate gate) {
            this.gate = java.util.Objects.requireNonNull(gate);
            return this;
        }

        /**
         * Runs custom tool {@code name} in-process: its calls are answered by {@code handler} instead of waiting for a
         * {@code user.custom_tool_result}; the answer is logged as a {@code user.custom_tool_result} the harness stamps.
         */
        public HarnessBuilder customTool(String name, CustomToolHandler handler) {
            if (name == null || name.isBlank()) {
                throw new InvalidRequestException("customTool: a tool name is required");
            }
            if (customHandlers.containsKey(name)) {
                throw new InvalidRequestException("customTool: a handler for '" + name + "' is already registered");
            }
            customHandlers.put(name, java.util.Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /**
         * Whether {@link #build()} wakes the stored sessions a previous process left with work (default true); when
         * false, call {@link Sessions#resumeAll()} yourself or let {@link Sessions#retrieve} wake them one by one.
         */
        public HarnessBuilder resumeOnBuild(boolean resume) {
            this.resumeOnBuild = resume;
            return this;
        }

        /**
         * The grader of every session's outcomes (§9). Default: a {@link ModelGrader} asking the agent's own model
         * (or {@link #graderModel}) through the {@link #models} resolver, in a fresh context per grading.
         */
        public HarnessBuilder grader(Grader grader) {
            this.grader = java.util.Objects.requireNonNull(grader);
            return this;
        }

        /** The model the default grader asks, resolved through {@link #models} (default: the agent's model). */
        public HarnessBuilder graderModel(String modelId) {
            this.graderModel = ModelConfig.of(modelId);
            return this;
        }

        /** How often a {@code span.outcome_evaluation_ongoing} heartbeat is appended while grading (default 10 s). */
        public HarnessBuilder outcomeHeartbeat(java.time.Duration interval) {
            this.outcomeHeartbeat = java.util.Objects.requireNonNull(interval);
            return this;
        }

        /** The clock for every timestamp. */
        public HarnessBuilder clock(Clock clock) {
            this.clock = java.util.Objects.requireNonNull(clock);
            return this;
        }

        /** The id generator for every resource and event. */
        public HarnessBuilder ids(IdGenerator ids) {
            this.ids = java.util.Objects.requireNonNull(ids);
            return this;
        }

        /** Keeps agents, environments, sessions and events in files under {@code dir} (reopening sees them again). */
        public HarnessBuilder directory(Path dir) {
            this.directory = java.util.Objects.requireNonNull(dir);
            return this;
        }

        /** The store of agents, environments and sessions (default: in memory, or files under {@link #directory}). */
        public HarnessBuilder store(Store store) {
            this.store = java.util.Objects.requireNonNull(store);
            return this;
        }

        /** The event log (default: in memory, or JSON lines under {@link #directory}). */
        public HarnessBuilder eventLog(EventLog eventLog) {
            this.eventLog = java.util.Objects.requireNonNull(eventLog);
            return this;
        }

        /** Turns agents' model ids into LangChain4j chat models (required unless a custom brain is given). */
        public HarnessBuilder models(ModelResolver models) {
            this.models = java.util.Objects.requireNonNull(models);
            return this;
        }

        /** Replaces the default {@link ModelBrain}. */
        public HarnessBuilder brain(Brain brain) {
            this.brain = java.util.Objects.requireNonNull(brain);
            return this;
        }

        /** Runs session runners on this executor (e.g. virtual threads) instead of an owned thread pool. */
        public HarnessBuilder executor(java.util.concurrent.Executor executor) {
            this.executor = java.util.Objects.requireNonNull(executor);
            return this;
        }

        /** Threads of the owned runner pool (default: the number of processors, at least 2). */
        public HarnessBuilder threads(int threads) {
            if (threads < 1) {
                throw new InvalidRequestException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Adds a toolset provider beside those found through ServiceLoader. */
        public HarnessBuilder toolset(ToolsetProvider provider) {
            extraToolsets.add(java.util.Objects.requireNonNull(provider));
            return this;
        }

        /** Whether to find toolset providers through ServiceLoader (default true). */
        public HarnessBuilder loadToolsets(boolean load) {
            this.loadToolsets = load;
            return this;
        }

        /** Per-session loop limits. */
        public HarnessBuilder limits(SessionLimits limits) {
            this.limits = java.util.Objects.requireNonNull(limits);
            return this;
        }

        /**
         * How transient model errors are retried (default {@link RetryPolicy#DEFAULTS}: 1 s doubling to 60 s, 5
         * retries). Build chat models with {@code maxRetries(0)} so their own retries do not multiply these.
         */
        public HarnessBuilder retryPolicy(RetryPolicy retry) {
            this.retry = java.util.Objects.requireNonNull(retry);
            return this;
        }

        /** How the runtime waits between retries (default {@link Sleeper#THREAD}; tests inject one that never sleeps). */
        public HarnessBuilder sleeper(Sleeper sleeper) {
            this.sleeper = java.util.Objects.requireNonNull(sleeper);
            return this;
        }

        /** The random source of the backoff jitter (default: a {@link java.util.SplittableRandom}; seed one in tests). */
        public HarnessBuilder random(java.util.random.RandomGenerator random) {
            this.random = java.util.Objects.requireNonNull(random);
            return this;
        }

        /** Session budget and stuck-loop guard (default {@link UsageLimits#DEFAULTS}: no budget, 5 repeated calls). */
        public HarnessBuilder usageLimits(UsageLimits usageLimits) {
            this.usageLimits = java.util.Objects.requireNonNull(usageLimits);
            return this;
        }

        /** List prices per model id, behind {@code usage.list_cost} and budgets (default: none). */
        public HarnessBuilder prices(PriceTable prices) {
            this.prices = java.util.Objects.requireNonNull(prices);
            return this;
        }

        /** When and how the default brain compacts long conversations (default {@link CompactionPolicy#DEFAULTS}). */
        public HarnessBuilder compaction(CompactionPolicy compaction) {
            this.compaction = java.util.Objects.requireNonNull(compaction);
            return this;
        }

        /** Where host-directory sessions keep outputs and uploads (default: under the directory, or a temp dir). */
        public HarnessBuilder sessionData(Path dir) {
            this.sessionData = java.util.Objects.requireNonNull(dir);
            return this;
        }

        List<ToolsetProvider> toolsets() {
            List<ToolsetProvider> all = new ArrayList<>(extraToolsets);
            if (loadToolsets) {
                ClassLoader cl = Thread.currentThread().getContextClassLoader();
                for (ToolsetProvider p : ServiceLoader.load(ToolsetProvider.class,
                        cl != null ? cl : Harness.class.getClassLoader())) {
                    if (all.stream().noneMatch(x -> x.type().equals(p.type()))) {
                        all.add(p);
                    }
                }
            }
            return all;
        }

        /** Validates the configuration and builds the harness. */
        public Harness build() {
            if (models == null && brain == null) {
                throw new InvalidRequestException("a harness needs models(...) (a ModelResolver) or a custom brain(...)");
            }
            if (ids == null) {
                ids = IdGenerator.random(clock);
            }
            if (directory != null) {
                try {
                    Files.createDirectories(directory);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create harness directory " + directory, e);
                }
                if (store == null) {
                    store = Store.directory(directory.resolve("store"));
                }
                if (eventLog == null) {
                    eventLog = FileEventLog.open(directory.resolve("events"));
                }
                if (sessionData == null) {
                    sessionData = directory.resolve("session-data");
                }
            }
            if (store == null) {
                store = Store.inMemory();
            }
            if (eventLog == null) {
                eventLog = new InMemoryEventLog();
            }
            return new Harness(this);
        }
    }
}
