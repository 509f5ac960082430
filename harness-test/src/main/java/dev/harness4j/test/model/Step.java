package dev.harness4j.test.model;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One step of a script: the checks the request must pass, how to answer it, and optional usage and finish-reason
 * overrides.
 */
record Step(
        int number,
        String label,
        List<Expectation> expectations,
        Function<ChatRequest, ChatResponse> reply,
        TokenUsage usage,
        FinishReason finishReason) {

    Step {
        expectations = List.copyOf(expectations);
    }

    /** A described check on a request. */
    record Expectation(Predicate<ChatRequest> predicate, String description) {
    }
}
