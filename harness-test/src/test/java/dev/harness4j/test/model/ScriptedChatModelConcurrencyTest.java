package dev.harness4j.test.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScriptedChatModelConcurrencyTest {

    @Test
    void sharedScriptHandsEachStepToExactlyOneCaller() throws Exception {
        int threads = 4;
        int perThread = 250;
        ScriptedChatModelBuilder b = ScriptedChatModel.builder();
        for (int i = 0; i < threads * perThread; i++) {
            b.thenToolCall("step", "{\"n\":" + i + "}");
        }
        ScriptedChatModel model = b.build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> worker = () -> {
                    List<String> seen = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        var call = model.chat(ChatRequest.builder().messages(UserMessage.from("go")).build())
                                .aiMessage().toolExecutionRequests().get(0);
                        seen.add(call.id() + " " + call.arguments());
                    }
                    return seen;
                };
                futures.add(pool.submit(worker));
            }
            Set<String> ids = new HashSet<>();
            Set<String> args = new HashSet<>();
            for (Future<List<String>> f : futures) {
                for (String s : f.get(30, TimeUnit.SECONDS)) {
                    ids.add(s.substring(0, s.indexOf(' ')));
                    args.add(s.substring(s.indexOf(' ') + 1));
                }
            }
            assertEquals(threads * perThread, ids.size());
            assertEquals(threads * perThread, args.size());
            assertEquals(threads * perThread, model.requests().size());
            assertTrue(ids.contains("toolu_1000"));
            model.assertExhausted();
        } finally {
            pool.shutdownNow();
        }
    }
}
