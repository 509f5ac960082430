package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.harness4j.agent.Agent;
import dev.harness4j.environment.Environment;
import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.Event;
import dev.harness4j.event.UserMessage;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.test.transcript.Transcript;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HarnessExtension.class)
class ParallelSessionsTest {

    @Test
    void manySessionsRunInParallelOnASuppliedExecutorAndEachKeepsItsOrder(HarnessFixture h) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            h.configure(b -> b.executor(pool).loadToolsets(false).toolset(new FakeReadToolset()));
            // The model echoes the last user message, so each answer names the input it answers.
            ScriptedChatModel echo = ScriptedChatModel.responder(req -> {
                List<ChatMessage> m = req.messages();
                String last = ((dev.langchain4j.data.message.UserMessage) m.get(m.size() - 1)).singleText();
                return ChatResponse.builder().aiMessage(AiMessage.from("echo " + last)).build();
            });
            h.configure(b -> b.models(config -> echo));
            Agent agent = h.agentWithoutTools();
            Environment env = h.environment();
            int sessions = 40;
            int messages = 5;
            List<Session> all = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                all.add(h.harness().sessions().create(agent, env));
            }
            for (int m = 0; m < messages; m++) {
                for (int i = 0; i < sessions; i++) {
                    all.get(i).send(UserMessage.text(i + "/" + m));
                }
            }
            for (int i = 0; i < sessions; i++) {
                List<Event> events = h.awaitTurnEnds(all.get(i), messages);
                List<String> said = Transcript.of(events).all(AgentMessage.class).stream().map(AgentMessage::text).toList();
                List<String> expected = new ArrayList<>();
                for (int m = 0; m < messages; m++) {
                    expected.add("echo " + i + "/" + m);
                }
                assertEquals(expected, said, "session " + i + " processed its inputs in order, each once");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
