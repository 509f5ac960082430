package dev.harness4j.session;

import dev.harness4j.brain.ModelCallException;
import dev.harness4j.event.ErrorInfo;
import dev.harness4j.event.Event;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusRescheduled;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.StopReason;
import dev.harness4j.hands.Cancellation;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one model request with its span and retries transient failures (§7.6): each attempt gets a
 * {@code span.model_request_start}; a transient failure appends the failed span's end,
 * {@code session.status_rescheduled} and a {@code retrying} {@code session.error}, waits the policy's backoff (a {@code user.interrupt} cuts the wait short and ends the turn) and goes back to
 * {@code running}; past the
 * retry budget the error is {@code exhausted} and the session idles with {@code retries_exhausted}; a non-transient
 * failure is {@code terminal} and the session is terminated.
 */
final class ModelRequests {
    private static final Logger log = LoggerFactory.getLogger(ModelRequests.class);

    private final SessionContext ctx;
    private final Consumer<List<? extends Event>> append;
    private final BooleanSupplier interrupted;

    ModelRequests(SessionContext ctx, Consumer<List<? extends Event>> append, BooleanSupplier interrupted) {
        this.ctx = ctx;
        this.append = append;
        this.interrupted = interrupted;
    }

    /** A successful request: its {@code span.model_request_start} id and its value. */
    record Success<T>(String startId, T value) {
    }

    /**
     * Calls {@code request} until it succeeds or the failure ends the turn; returns null when the turn is over (its
     * closing events are appended). The caller appends the {@code span.model_request_end} of a success.
     */
    <T> Success<T> call(Supplier<T> request) {
        RetryPolicy policy = ctx.controls().retry();
        for (int retry = 0; ; retry++) {
            String startId = ctx.newEventId();
            append.accept(List.of(new SpanModelRequestStart(startId, ctx.now())));
            ModelCallException failure;
            try {
                return new Success<>(startId, request.get());
            } catch (ModelCallException e) {
                failure = e;
            }
            SpanModelRequestEnd end = new SpanModelRequestEnd(ctx.newEventId(), startId, true, ModelUsage.ZERO,
                    ctx.now());
            if (!failure.isTransient()) {
                append.accept(List.of(end, error(failure.errorType(), failure.getMessage(),
                        ErrorInfo.RetryStatus.TERMINAL), new SessionStatusTerminated(ctx.newEventId(), ctx.now())));
                return null;
            }
            if (retry >= policy.maxRetries()) {
                String why = policy.maxRetries() == 0 ? "" : " (gave up after " + retry + " retries)";
                append.accept(List.of(end, error(failure.errorType(), failure.getMessage() + why,
                        ErrorInfo.RetryStatus.EXHAUSTED), idle()));
                return null;
            }
            Duration wait = policy.delay(retry + 1, ctx.controls().nextRandom());
            append.accept(List.of(end, new SessionStatusRescheduled(ctx.newEventId(), ctx.now()),
                    error(failure.errorType(), failure.getMessage() + " (retry " + (retry + 1) + " of "
                            + policy.maxRetries() + " in " + seconds(wait) + ")", ErrorInfo.RetryStatus.RETRYING)));
            Cancellation waiting = new Cancellation();
            ctx.runningCall().set(waiting);
            try {
                if (!interrupted.getAsBoolean()) {
                    ctx.controls().sleeper().sleep(wait, waiting);
                }
            } catch (InterruptedException e) {
                log.info("session {}: interrupted while waiting to retry a model request", ctx.sessionId());
                try {
                    append.accept(List.of(error(failure.errorType(), "the wait before retrying was interrupted; "
                            + "last error: " + failure.getMessage(), ErrorInfo.RetryStatus.EXHAUSTED), idle()));
                } finally {
                    // Restored after the append: an interrupted thread would make a file log's channel close.
                    Thread.currentThread().interrupt();
                }
                return null;
            } finally {
                ctx.runningCall().compareAndSet(waiting, null);
            }
            if (waiting.isCancelled() || interrupted.getAsBoolean()) {
                return null; // a user.interrupt cut the wait: the runner processes it next and the session idles
            }
            append.accept(List.of(new SessionStatusRunning(ctx.newEventId(), ctx.now())));
        }
    }

    private SessionError error(String type, String message, ErrorInfo.RetryStatus status) {
        return new SessionError(ctx.newEventId(), ErrorInfo.of(type, message, status), ctx.now());
    }

    private SessionStatusIdle idle() {
        return new SessionStatusIdle(ctx.newEventId(), StopReason.RETRIES_EXHAUSTED, null, ctx.now());
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f s", d.toNanos() / 1e9);
    }
}
