package dev.harness4j.tools.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body subscriber that keeps at most {@code max} bytes: on reaching the cap it cancels the subscription (so the rest
 * is never downloaded) and completes with what it has, marked truncated. {@link #abort()} stops it from outside.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Result> {

    /** The bytes read and whether the body was longer. */
    record Result(byte[] bytes, boolean truncated) {
    }

    private final int max;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    CappedBody(int max) {
        this.max = max;
    }

    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else if (max == 0) {
            s.cancel();
            result.complete(new Result(new byte[0], true));
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int room = max - buffer.size();
            int n = Math.min(room, item.remaining());
            byte[] chunk = new byte[n];
            item.get(chunk);
            buffer.write(chunk, 0, n);
            if (item.hasRemaining()) {
                subscription.cancel();
                result.complete(new Result(buffer.toByteArray(), true));
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Result(buffer.toByteArray(), false));
    }

    /** Stops reading (timeout or cancellation); the result completes exceptionally if it had not completed. */
    void abort() {
        result.completeExceptionally(new CancellationException("aborted"));
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
