package dev.harness4j.test.model;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link ChatModel} decorator that fails a seeded share of calls with transient errors (rate limit, overload 529,
 * 500, timeout, in turn) before they reach the model; the other calls go through. The sequence of decisions is fixed by
 * the seed: the n-th call fails or not whatever the threads. For fault tests of the runtime's retries.
 */
public final class FaultInjectingChatModel implements ChatModel {
    private final ChatModel delegate;
    private final double failureRate;
    private final SplittableRandom random;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    private FaultInjectingChatModel(ChatModel delegate, double failureRate, long seed) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (!(failureRate >= 0.0 && failureRate < 1.0)) {
            throw new IllegalArgumentException("failureRate must be within [0, 1), got " + failureRate);
        }
        this.failureRate = failureRate;
        this.random = new SplittableRandom(seed);
    }

    /** Wraps {@code delegate}, failing {@code failureRate} of the calls, drawn from a sequence seeded with {@code seed}. */
    public static FaultInjectingChatModel wrap(ChatModel delegate, double failureRate, long seed) {
        return new FaultInjectingChatModel(delegate, failureRate, seed);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        long n;
        boolean fail;
        synchronized (random) {
            n = calls.incrementAndGet();
            fail = random.nextDouble() < failureRate;
        }
        if (fail) {
            long f = failures.incrementAndGet();
            throw switch ((int) (f % 4)) {
                case 0 -> new RateLimitException("injected rate limit on call " + n);
                case 1 -> new HttpException(529, "injected overload on call " + n);
                case 2 -> new HttpException(500, "injected server error on call " + n);
                default -> new TimeoutException("injected timeout on call " + n);
            };
        }
        return delegate.chat(request);
    }

    /** Calls received, failed or not. */
    public long calls() {
        return calls.get();
    }

    /** Calls failed on purpose. */
    public long failures() {
        return failures.get();
    }
}
