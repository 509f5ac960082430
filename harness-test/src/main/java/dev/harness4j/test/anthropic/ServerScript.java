package dev.harness4j.test.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The fake server's shared, synchronised state: queued replies, recorded requests, failures and id counters. */
final class ServerScript {
    private final Deque<Function<RecordedRequest, AnthropicReply>> replies = new ArrayDeque<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int toolUseIds;
    private int messageIds;

    synchronized void enqueue(Function<RecordedRequest, AnthropicReply> reply) {
        replies.addLast(reply);
    }

    synchronized RecordedRequest record(String method, String path, Map<String, List<String>> headers, String body,
            JsonNode json) {
        RecordedRequest r = new RecordedRequest(requests.size() + 1, method, path, headers, body, json);
        requests.add(r);
        return r;
    }

    /** The next queued reply, or null when the script is exhausted. */
    synchronized Function<RecordedRequest, AnthropicReply> next() {
        return replies.pollFirst();
    }

    synchronized void fail(String failure) {
        failures.add(failure);
    }

    synchronized String nextToolUseId() {
        return String.format("toolu_%02d", ++toolUseIds);
    }

    synchronized String nextMessageId() {
        return String.format("msg_%02d", ++messageIds);
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    synchronized int remaining() {
        return replies.size();
    }
}
