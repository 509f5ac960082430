package dev.harness4j.tools.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.environment.Environment;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.UserMessage;
import dev.harness4j.session.Session;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.transcript.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session over a host directory whose agent uses the built-in {@code bash}: the shell persists between the calls
 * of a turn, runs jailed in the workspace, and its results reach the model. Needs bubblewrap (CI installs it).
 * It lives here rather than in harness-test because harness-test cannot depend on harness-tools (harness-tools'
 * tests depend on harness-test), and the toolset is found through ServiceLoader on this module's classpath.
 */
@ExtendWith(HarnessExtension.class)
class HostBashSessionTest {
    @TempDir
    Path tmp;

    @Test
    void bashRunsJailedInTheHostDirectoryAndKeepsItsStateAcrossCalls(HarnessFixture h) throws Exception {
        Path workspaceDir = Files.createDirectories(tmp.resolve("project/sub"));
        h.configure(b -> b.sessionData(tmp.resolve("sessions")));
        h.script(s -> s
                .thenToolCall("bash", "{\"command\":\"cd sub && export GREETING=hi && pwd\"}")
                .thenToolCall("bash", "{\"command\":\"echo $GREETING from $PWD > out.txt && cat out.txt\"}")
                .thenToolCall("bash", "{\"command\":\"cat /etc/passwd\"}")
                .thenText("done"));
        Environment env = h.harness().environments()
                .create(EnvironmentSpec.hostDirectory("host", workspaceDir.getParent()));
        Session session = h.harness().sessions().create(h.agent(), env);
        session.send(UserMessage.text("use bash"));

        List<AgentToolResult> results = Transcript.of(h.awaitTurnEnd(session)).everyToolUseHasOneResult()
                .idleWith("end_turn").all(AgentToolResult.class);
        Assumptions.assumeFalse(text(results.get(0)).contains("install bubblewrap"), "bubblewrap is not available");
        assertEquals(3, results.size());
        assertFalse(results.get(0).error(), text(results.get(0)));
        assertEquals("/workspace/sub\n", text(results.get(0)));
        assertEquals("hi from /workspace/sub\n", text(results.get(1)));
        assertTrue(results.get(2).error(), "the host's /etc/passwd is not in the jail");
        assertTrue(text(results.get(2)).endsWith("[exit code: 1]"), text(results.get(2)));
        assertEquals("hi from /workspace/sub\n", Files.readString(workspaceDir.resolve("out.txt")));

        String resultSeenByModel = h.model().requests().get(2).messages().stream()
                .map(Object::toString).collect(Collectors.joining("\n"));
        assertTrue(resultSeenByModel.contains("hi from /workspace/sub"), resultSeenByModel);
    }

    private static String text(AgentToolResult r) {
        return r.content().stream().filter(ContentBlock.Text.class::isInstance).map(b -> ((ContentBlock.Text) b).text())
                .collect(Collectors.joining());
    }
}
