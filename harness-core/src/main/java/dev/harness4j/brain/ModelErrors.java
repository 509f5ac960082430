package dev.harness4j.brain;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;

/** Classifies exceptions thrown by LangChain4j chat models into {@code session.error} types and transience. */
final class ModelErrors {
    private ModelErrors() {
    }

    static ModelCallException classify(RuntimeException e) {
        if (e instanceof ModelCallException m) {
            return m;
        }
        String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
        HttpException http = httpCause(e);
        if (http != null) {
            int s = http.statusCode();
            boolean retry = s == 408 || s == 429 || s >= 500;
            String type = s == 429 ? "model_rate_limited_error" : s == 529 ? "model_overloaded_error" : "model_request_failed_error";
            return new ModelCallException(type, retry, msg, e);
        }
        if (e instanceof RateLimitException) {
            return new ModelCallException("model_rate_limited_error", true, msg, e);
        }
        if (e instanceof TimeoutException || e instanceof InternalServerException) {
            return new ModelCallException("model_request_failed_error", true, msg, e);
        }
        if (e instanceof AuthenticationException || e instanceof InvalidRequestException || e instanceof ModelNotFoundException) {
            return new ModelCallException("model_request_failed_error", false, msg, e);
        }
        return new ModelCallException("unknown_error", false, msg, e);
    }

    /** The HTTP status behind an exception: LangChain4j wraps it as the exception itself or its cause. */
    private static HttpException httpCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException h) {
                return h;
            }
        }
        return null;
    }
}
