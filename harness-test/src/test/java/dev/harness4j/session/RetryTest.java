package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.ErrorInfo;
import dev.harness4j.event.Event;
import dev.harness4j.event.EventCodec;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.UserMessage;
import dev.harness4j.json.Json;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.transcript.Transcript;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HarnessExtension.class)
class RetryTest {
    private static final RetryPolicy NO_JITTER = new RetryPolicy(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(3), 3, 0.0);

    private static void setUp(HarnessFixture h, RetryPolicy policy) {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset()).retryPolicy(policy));
    }

    @Test
    void transientErrorsAreRetriedWithBackoffAndTheTurnGoesOn(HarnessFixture h) throws Exception {
        setUp(h, NO_JITTER);
        h.script(s -> s.thenFail(new RateLimitException("slow down")).thenFail(new HttpException(529, "overloaded"))
                .thenText("made it"));
        Session session = h.session();
        session.send(UserMessage.text("hi"));
        List<Event> events = h.awaitTurnEnd(session);
        Transcript t = Transcript.of(events).hasTypes("user.message", "user.message", "session.status_running",
                "span.model_request_start", "span.model_request_end", "session.status_rescheduled", "session.error",
                "session.status_running",
                "span.model_request_start", "span.model_request_end", "session.status_rescheduled", "session.error",
                "session.status_running",
                "span.model_request_start", "agent.message", "span.model_request_end", "session.status_idle")
                .idleWith("end_turn");
        List<SessionError> errors = t.all(SessionError.class);
        assertEquals("model_rate_limited_error", errors.get(0).error().type());
        assertEquals("model_overloaded_error", errors.get(1).error().type());
        for (SessionError e : errors) {
            assertEquals(ErrorInfo.RetryStatus.RETRYING, e.error().retryStatus());
        }
        assertTrue(errors.get(0).error().message().contains("retry 1 of 3"), errors.get(0).error().message());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), h.sleeps());
        List<SpanModelRequestStart> starts = t.all(SpanModelRequestStart.class);
        List<SpanModelRequestEnd> ends = t.all(SpanModelRequestEnd.class);
        assertEquals(3, starts.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(starts.get(i).id(), ends.get(i).modelRequestStartId(), "each attempt has its own span");
            assertEquals(i < 2, ends.get(i).isError());
        }
        JsonNode wire = Json.mapper().readTree(EventCodec.get().encode(errors.get(0)));
        assertEquals("session.error", wire.get("type").asText());
        assertEquals("retrying", wire.get("error").get("retry_status").get("type").asText());
        assertEquals("model_rate_limited_error", wire.get("error").get("type").asText());
        com.fasterxml.jackson.databind.node.ObjectNode rescheduled = (com.fasterxml.jackson.databind.node.ObjectNode)
                Json.mapper().readTree(EventCodec.get().encode(t.first(dev.harness4j.event.SessionStatusRescheduled.class)));
        assertEquals("session.status_rescheduled", rescheduled.get("type").asText());
        rescheduled.remove(List.of("id", "type", "processed_at"));
        assertEquals("{}", rescheduled.toString(), "status_rescheduled has no payload");
        assertEquals(SessionStatus.IDLE, session.status());
    }

    @Test
    void pastTheRetryBudgetTheErrorIsExhaustedAndTheSessionIdles(HarnessFixture h) throws Exception {
        setUp(h, NO_JITTER.withMaxRetries(2));
        h.script(s -> s.thenFail(new TimeoutException("t1")).thenFail(new TimeoutException("t2"))
                .thenFail(new TimeoutException("t3")).thenText("next turn works"));
        Session session = h.session();
        session.send(UserMessage.text("hi"));
        Transcript t = Transcript.of(h.awaitTurnEnd(session)).idleWith("retries_exhausted");
        List<SessionError> errors = t.all(SessionError.class);
        assertEquals(List.of(ErrorInfo.RetryStatus.RETRYING, ErrorInfo.RetryStatus.RETRYING,
                ErrorInfo.RetryStatus.EXHAUSTED), errors.stream().map(e -> e.error().retryStatus()).toList());
        assertTrue(errors.get(2).error().message().contains("gave up after 2 retries"), errors.get(2).error().message());
        JsonNode exhausted = Json.mapper().readTree(EventCodec.get().encode(errors.get(2)));
        assertEquals("{\"type\":\"exhausted\"}", exhausted.get("error").get("retry_status").toString());
        assertEquals("model_request_failed_error", exhausted.get("error").get("type").asText());
        JsonNode idle = Json.mapper().readTree(EventCodec.get().encode(t.last(dev.harness4j.event.SessionStatusIdle.class)));
        assertEquals("{\"type\":\"retries_exhausted\"}", idle.get("stop_reason").toString());
        assertEquals(2, t.all(dev.harness4j.event.SessionStatusRescheduled.class).size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), h.sleeps());
        assertEquals(SessionStatus.IDLE, session.status());

        session.send(UserMessage.text("again"));
        Transcript.of(h.awaitTurnEnds(session, 2)).idleWith("end_turn");
        h.model().assertExhausted();
    }

    @Test
    void aNonTransientErrorIsTerminalWithoutRetrying(HarnessFixture h) {
        setUp(h, NO_JITTER);
        h.script(s -> s.thenFail(new AuthenticationException("bad key")));
        Session session = h.session();
        session.send(UserMessage.text("hi"));
        Transcript t = Transcript.of(h.awaitTurnEnd(session)).doesNotContain("session.status_rescheduled");
        assertEquals(ErrorInfo.RetryStatus.TERMINAL, t.last(SessionError.class).error().retryStatus());
        assertEquals("session.status_terminated", t.types().get(t.types().size() - 1));
        assertEquals(List.of(), h.sleeps());
    }

    @Test
    void theSessionIsReschedulingWhileItWaits(HarnessFixture h) {
        AtomicReference<Session> ref = new AtomicReference<>();
        AtomicReference<SessionStatus> seen = new AtomicReference<>();
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset()).retryPolicy(NO_JITTER)
                .sleeper(d -> seen.set(ref.get().status())));
        h.script(s -> s.thenFail(new RateLimitException("slow down")).thenText("ok"));
        Session session = h.session();
        ref.set(session);
        session.send(UserMessage.text("hi"));
        Transcript.of(h.awaitTurnEnd(session)).idleWith("end_turn");
        assertEquals(SessionStatus.RESCHEDULING, seen.get());
    }

    @Test
    void anInterruptedWaitEndsTheTurn(HarnessFixture h) {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset()).retryPolicy(NO_JITTER)
                .sleeper(d -> {
                    throw new InterruptedException("stop");
                }));
        h.script(s -> s.thenFail(new RateLimitException("slow down")));
        Session session = h.session();
        session.send(UserMessage.text("hi"));
        Transcript t = Transcript.of(h.awaitTurnEnd(session)).idleWith("retries_exhausted");
        assertEquals(ErrorInfo.RetryStatus.EXHAUSTED, t.last(SessionError.class).error().retryStatus());
        assertTrue(t.last(SessionError.class).error().message().contains("interrupted"));
    }

    @Test
    void jitterComesFromTheInjectedRandomSource(HarnessFixture h) {
        RetryPolicy jittery = new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofSeconds(60), 3, 0.5);
        setUp(h, jittery);
        h.script(s -> s.thenFail(new RateLimitException("a")).thenFail(new RateLimitException("b")).thenText("ok"));
        Session session = h.session();
        session.send(UserMessage.text("hi"));
        h.awaitTurnEnd(session);
        java.util.SplittableRandom same = new java.util.SplittableRandom(HarnessFixture.SEED);
        assertEquals(List.of(jittery.delay(1, same.nextDouble()), jittery.delay(2, same.nextDouble())), h.sleeps());
        Duration first = h.sleeps().get(0);
        assertTrue(first.compareTo(Duration.ofSeconds(5)) >= 0 && first.compareTo(Duration.ofSeconds(10)) <= 0, first.toString());
    }

    @Test
    void thePolicyComputesCappedExponentialDelaysAndValidates() {
        RetryPolicy p = new RetryPolicy(Duration.ofMillis(100), 3.0, Duration.ofSeconds(1), 5, 0.5);
        assertEquals(Duration.ofMillis(100), p.delay(1, 0.0));
        assertEquals(Duration.ofMillis(300), p.delay(2, 0.0));
        assertEquals(Duration.ofMillis(900), p.delay(3, 0.0));
        assertEquals(Duration.ofSeconds(1), p.delay(4, 0.0), "capped");
        assertEquals(Duration.ofMillis(500), p.delay(9, 1.0), "half of the capped wait with full jitter");
        assertThrows(InvalidRequestException.class, () -> new RetryPolicy(Duration.ofSeconds(2), 2, Duration.ofSeconds(1), 1, 0));
        assertThrows(InvalidRequestException.class, () -> new RetryPolicy(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1), 1, 0));
        assertThrows(InvalidRequestException.class, () -> new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofSeconds(1), -1, 0));
        assertThrows(InvalidRequestException.class, () -> new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofSeconds(1), 1, 1.5));
        assertThrows(InvalidRequestException.class, () -> new RetryPolicy(Duration.ofSeconds(-1), 2, Duration.ofSeconds(1), 1, 0));
        assertThrows(IllegalArgumentException.class, () -> p.delay(0, 0.5));
    }

    @Test
    void anInterruptCutsTheWaitBeforeARetryShortAndTheSessionIdles(HarnessFixture h) throws Exception {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset())
                .retryPolicy(new RetryPolicy(Duration.ofHours(1), 2.0, Duration.ofHours(1), 3, 0.0))
                .sleeper(Sleeper.THREAD));
        h.script(s -> s.thenFail(new RateLimitException("slow down")).thenText("never asked"));
        Session session = h.session();
        try (dev.harness4j.log.EventStream stream = session.stream(0)) {
            session.send(UserMessage.text("hi"));
            Event e;
            do {
                e = stream.poll(HarnessFixture.TIMEOUT);
                assertTrue(e != null && !(e instanceof dev.harness4j.event.SessionStatusIdle),
                        "the turn ended (or stalled) before the retry wait: " + e);
            } while (!(e instanceof SessionError retrying
                    && retrying.error().retryStatus() == ErrorInfo.RetryStatus.RETRYING));
        }
        session.send(dev.harness4j.event.UserInterrupt.all());
        List<Event> events = h.awaitTurnEnd(session);
        Transcript.of(events).hasTypes("user.message", "user.message", "session.status_running",
                "span.model_request_start", "span.model_request_end", "session.status_rescheduled", "session.error",
                "user.interrupt", "user.interrupt", "session.status_idle").idleWith("end_turn");
        assertEquals(SessionStatus.IDLE, session.status());
        assertEquals(1, h.model().requestCount(), "no retry after the interrupt");
    }
}
