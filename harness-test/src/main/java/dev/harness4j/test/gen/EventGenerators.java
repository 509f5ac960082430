package dev.harness4j.test.gen;

import static dev.harness4j.test.gen.JsonGenerators.ids;
import static dev.harness4j.test.gen.JsonGenerators.instants;
import static dev.harness4j.test.gen.JsonGenerators.jsonObjects;
import static dev.harness4j.test.gen.JsonGenerators.listsOf;
import static dev.harness4j.test.gen.JsonGenerators.oneOf;
import static dev.harness4j.test.gen.JsonGenerators.orNull;
import static dev.harness4j.test.gen.JsonGenerators.texts;

import dev.harness4j.event.AgentCustomToolUse;
import dev.harness4j.event.AgentEvent;
import dev.harness4j.event.AgentMcpToolResult;
import dev.harness4j.event.AgentMcpToolUse;
import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.AgentThinking;
import dev.harness4j.event.AgentThreadContextCompacted;
import dev.harness4j.event.AgentThreadMessageReceived;
import dev.harness4j.event.AgentThreadMessageSent;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ConfirmationResult;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.ErrorInfo;
import dev.harness4j.event.Event;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.OutcomeResult;
import dev.harness4j.event.Permission;
import dev.harness4j.event.Rubric;
import dev.harness4j.event.SessionDeleted;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SessionEvent;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusRescheduled;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.event.SessionThreadCreated;
import dev.harness4j.event.SessionThreadStatusIdle;
import dev.harness4j.event.SessionThreadStatusRescheduled;
import dev.harness4j.event.SessionThreadStatusRunning;
import dev.harness4j.event.SessionThreadStatusTerminated;
import dev.harness4j.event.SpanEvent;
import dev.harness4j.event.StopDetails;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.SpanOutcomeEvaluationEnd;
import dev.harness4j.event.SpanOutcomeEvaluationOngoing;
import dev.harness4j.event.SpanOutcomeEvaluationStart;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.event.UserDefineOutcome;
import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserInterrupt;
import dev.harness4j.event.UserMessage;
import dev.harness4j.event.UserToolConfirmation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid events of every type, as they appear in a session's log: random ids, unicode text
 * (quotes, newlines, emoji), nested tool input with every JSON value kind and Java number type, optional fields
 * sometimes null, instants with second to nanosecond precision; user events sometimes still queued
 * ({@code processed_at} null).
 */
public final class EventGenerators {
    private EventGenerators() {
    }

    /** Events of every type, each type equally likely; all have an id. */
    public static Gen<Event> events() {
        return pickOne(List.of(widen(userEvents()), widen(agentEvents()), widen(sessionEvents()),
                widen(spanEvents())), List.of(5, 10, 11, 5));
    }

    /** {@code user.*} events as the log holds them: with an id, {@code processed_at} null while queued. */
    public static Gen<UserEvent> userEvents() {
        return userEvents(ids("sevt_"), orNull(instants()));
    }

    /** {@code user.*} events as an application sends them: no id and no {@code processed_at}. */
    public static Gen<UserEvent> unsentUserEvents() {
        return userEvents(rs -> null, rs -> null);
    }

    /** {@code agent.*} events. */
    public static Gen<AgentEvent> agentEvents() {
        Gen<String> ids = ids("sevt_");
        Gen<Instant> at = instants();
        Gen<String> threads = orNull(ids("sthr_"));
        Gen<Permission> permissions = orNull(Generate.enumValues(Permission.class));
        Gen<List<ContentBlock>> results = orNull(listsOf(PayloadGenerators.toolResultBlocks(), 0, 3));
        Gen<Boolean> errors = orNull(Generate.booleans());
        Gen<String> names = toolNames();
        Gen<Long> tokens = org.quicktheories.generators.SourceDSL.longs().between(0, 2_000_000);
        Gen<Integer> compacted = org.quicktheories.generators.SourceDSL.integers().between(1, 500);
        Gen<String> servers = texts(3);
        Gen<Map<String, Object>> inputs = jsonObjects();
        Gen<List<ContentBlock>> messages = listsOf(PayloadGenerators.agentMessageBlocks(), 0, 3);
        Gen<List<ContentBlock>> threadMessages = listsOf(PayloadGenerators.userMessageBlocks(), 0, 3);
        Gen<String> targets = ids("sthr_");
        Gen<String> agentNames = orNull(texts());
        List<Gen<? extends AgentEvent>> gens = List.of(
                rs -> new AgentMessage(ids.generate(rs), messages.generate(rs), at.generate(rs)),
                rs -> new AgentThinking(ids.generate(rs), at.generate(rs)),
                rs -> new AgentToolUse(ids.generate(rs), names.generate(rs), inputs.generate(rs),
                        permissions.generate(rs), threads.generate(rs), at.generate(rs)),
                rs -> new AgentToolResult(ids.generate(rs), ids.generate(rs), results.generate(rs),
                        errors.generate(rs), at.generate(rs)),
                rs -> new AgentMcpToolUse(ids.generate(rs), servers.generate(rs), names.generate(rs),
                        inputs.generate(rs), permissions.generate(rs), threads.generate(rs), at.generate(rs)),
                rs -> new AgentMcpToolResult(ids.generate(rs), ids.generate(rs), results.generate(rs),
                        errors.generate(rs), at.generate(rs)),
                rs -> new AgentCustomToolUse(ids.generate(rs), names.generate(rs), inputs.generate(rs),
                        threads.generate(rs), at.generate(rs)),
                rs -> new AgentThreadContextCompacted(ids.generate(rs), at.generate(rs)),
                rs -> new AgentThreadContextCompacted(ids.generate(rs), tokens.generate(rs), names.generate(rs),
                        compacted.generate(rs), at.generate(rs)),
                rs -> new AgentThreadMessageSent(ids.generate(rs), targets.generate(rs), agentNames.generate(rs),
                        threadMessages.generate(rs), at.generate(rs)),
                rs -> new AgentThreadMessageReceived(ids.generate(rs), targets.generate(rs), agentNames.generate(rs),
                        threadMessages.generate(rs), at.generate(rs)));
        return pickOne(gens, null);
    }

    /** {@code session.*} events. */
    public static Gen<SessionEvent> sessionEvents() {
        Gen<String> ids = ids("sevt_");
        Gen<Instant> at = instants();
        Gen<StopReason> stopReasons = PayloadGenerators.stopReasons();
        Gen<StopDetails> stopDetails = orNull(PayloadGenerators.stopDetails());
        Gen<ErrorInfo> errors = PayloadGenerators.errors();
        Gen<String> threads = ids("sthr_");
        Gen<String> agentNames = texts();
        Gen<String> workflowRuns = orNull(ids("wfr_"));
        List<Gen<? extends SessionEvent>> gens = List.of(
                rs -> new SessionStatusRunning(ids.generate(rs), at.generate(rs)),
                rs -> new SessionStatusIdle(ids.generate(rs), stopReasons.generate(rs),
                        stopDetails.generate(rs), at.generate(rs)),
                rs -> new SessionStatusRescheduled(ids.generate(rs), at.generate(rs)),
                rs -> new SessionStatusTerminated(ids.generate(rs), at.generate(rs)),
                rs -> new SessionError(ids.generate(rs), errors.generate(rs), at.generate(rs)),
                rs -> new SessionDeleted(ids.generate(rs), at.generate(rs)),
                rs -> new SessionThreadCreated(ids.generate(rs), threads.generate(rs), agentNames.generate(rs),
                        workflowRuns.generate(rs), at.generate(rs)),
                rs -> new SessionThreadStatusRunning(ids.generate(rs), threads.generate(rs), agentNames.generate(rs),
                        at.generate(rs)),
                rs -> new SessionThreadStatusIdle(ids.generate(rs), threads.generate(rs), agentNames.generate(rs),
                        stopReasons.generate(rs), stopDetails.generate(rs), at.generate(rs)),
                rs -> new SessionThreadStatusRescheduled(ids.generate(rs), threads.generate(rs),
                        agentNames.generate(rs), at.generate(rs)),
                rs -> new SessionThreadStatusTerminated(ids.generate(rs), threads.generate(rs),
                        agentNames.generate(rs), at.generate(rs)));
        return pickOne(gens, null);
    }

    /** {@code span.*} events. */
    public static Gen<SpanEvent> spanEvents() {
        Gen<String> ids = ids("sevt_");
        Gen<String> outcomes = ids("outc_");
        Gen<Instant> at = instants();
        Gen<Integer> iterations = Generate.range(0, 25);
        Gen<Boolean> isError = orNull(Generate.booleans());
        Gen<ModelUsage> usages = PayloadGenerators.modelUsages();
        Gen<OutcomeResult> results = Generate.enumValues(OutcomeResult.class);
        Gen<String> explanations = orNull(texts());
        List<Gen<? extends SpanEvent>> gens = List.of(
                rs -> new SpanModelRequestStart(ids.generate(rs), at.generate(rs)),
                rs -> new SpanModelRequestEnd(ids.generate(rs), ids.generate(rs),
                        isError.generate(rs), usages.generate(rs), at.generate(rs)),
                rs -> new SpanOutcomeEvaluationStart(ids.generate(rs), outcomes.generate(rs),
                        iterations.generate(rs), at.generate(rs)),
                rs -> new SpanOutcomeEvaluationOngoing(ids.generate(rs), outcomes.generate(rs),
                        iterations.generate(rs), at.generate(rs)),
                rs -> new SpanOutcomeEvaluationEnd(ids.generate(rs), ids.generate(rs), outcomes.generate(rs),
                        iterations.generate(rs), results.generate(rs), explanations.generate(rs), usages.generate(rs),
                        at.generate(rs)));
        return pickOne(gens, null);
    }

    /** Any content block (text, image, document, search result, redacted). */
    public static Gen<ContentBlock> contentBlocks() {
        return PayloadGenerators.contentBlocks();
    }

    private static Gen<UserEvent> userEvents(Gen<String> ids, Gen<Instant> at) {
        Gen<String> eventIds = ids("sevt_");
        Gen<String> threads = orNull(ids("sthr_"));
        Gen<Boolean> errors = orNull(Generate.booleans());
        Gen<ConfirmationResult> answers = Generate.enumValues(ConfirmationResult.class);
        Gen<String> denyMessages = orNull(texts());
        Gen<Integer> maxIterations = orNull(Generate.range(1, UserDefineOutcome.MAX_ITERATIONS));
        Gen<List<ContentBlock>> messages = listsOf(PayloadGenerators.userMessageBlocks(), 1, 4);
        Gen<List<ContentBlock>> results = orNull(listsOf(PayloadGenerators.toolResultBlocks(), 0, 3));
        Gen<String> outcomes = orNull(ids("outc_"));
        Gen<String> descriptions = texts();
        Gen<Rubric> rubrics = PayloadGenerators.rubrics();
        List<Gen<? extends UserEvent>> gens = List.of(
                rs -> new UserMessage(ids.generate(rs), messages.generate(rs), at.generate(rs)),
                rs -> new UserInterrupt(ids.generate(rs), threads.generate(rs), at.generate(rs)),
                rs -> {
                    ConfirmationResult result = answers.generate(rs);
                    String deny = result == ConfirmationResult.DENY ? denyMessages.generate(rs) : null;
                    return new UserToolConfirmation(ids.generate(rs), eventIds.generate(rs), result, deny,
                            threads.generate(rs), at.generate(rs));
                },
                rs -> new UserCustomToolResult(ids.generate(rs), eventIds.generate(rs),
                        results.generate(rs), errors.generate(rs), threads.generate(rs), at.generate(rs)),
                rs -> new UserDefineOutcome(ids.generate(rs), outcomes.generate(rs), descriptions.generate(rs),
                        rubrics.generate(rs), maxIterations.generate(rs), at.generate(rs)));
        return pickOne(gens, null);
    }

    private static Gen<String> toolNames() {
        return Generate.oneOf(oneOf("bash", "read", "write", "edit", "glob", "grep", "web_fetch", "web_search"),
                texts(3));
    }

    /** One of the generators, with the given weights (null: equal weights). */
    private static <T> Gen<T> pickOne(List<Gen<? extends T>> gens, List<Integer> weights) {
        int total = 0;
        int[] bounds = new int[gens.size()];
        for (int i = 0; i < gens.size(); i++) {
            total += weights == null ? 1 : weights.get(i);
            bounds[i] = total;
        }
        Gen<Integer> ticket = Generate.range(0, total - 1);
        return rs -> {
            int t = ticket.generate(rs);
            int i = 0;
            while (t >= bounds[i]) {
                i++;
            }
            return gens.get(i).generate(rs);
        };
    }

    private static <T> Gen<T> widen(Gen<? extends T> gen) {
        return gen::generate;
    }
}
