package dev.harness4j.samples;

import dev.harness4j.event.AgentCustomToolUse;
import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.EventCodec;
import dev.harness4j.event.Permission;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.SpanOutcomeEvaluationEnd;
import dev.harness4j.event.SpanOutcomeEvaluationStart;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserDefineOutcome;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserMessage;
import dev.harness4j.event.UserToolConfirmation;
import java.io.PrintStream;

/** Prints streamed events: one readable line each, or one JSON event per line. */
final class EventPrinter {
    private final PrintStream out;
    private final boolean json;

    EventPrinter(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void print(Event e) {
        if (json) {
            out.println(EventCodec.get().encode(e));
            return;
        }
        if (e instanceof UserEvent u && u.processedAt() == null) {
            return; // the queued echo; the processed copy follows
        }
        out.println("[" + e.type() + "] " + describe(e));
        out.flush();
    }

    private static String describe(Event e) {
        if (e instanceof dev.harness4j.event.SessionThreadCreated c) {
            return c.agentName() + " " + c.sessionThreadId();
        }
        if (e instanceof dev.harness4j.event.AgentThreadMessageSent m) {
            return "to " + m.toAgentName() + ": " + abbreviate(text(m.content()));
        }
        if (e instanceof dev.harness4j.event.AgentThreadMessageReceived m) {
            return "from " + m.fromAgentName() + ": " + abbreviate(text(m.content()));
        }
        if (e instanceof dev.harness4j.event.SessionThreadStatusRunning r) {
            return r.agentName();
        }
        if (e instanceof dev.harness4j.event.SessionThreadStatusIdle i) {
            return i.agentName();
        }
        if (e instanceof UserMessage m) {
            return text(m.content());
        }
        if (e instanceof AgentMessage m) {
            return m.text();
        }
        if (e instanceof AgentToolUse u) {
            String gate = u.evaluatedPermission() == null || u.evaluatedPermission() == Permission.ALLOW ? ""
                    : " (permission: " + u.evaluatedPermission().wireName() + ")";
            return u.name() + " " + abbreviate(u.input().toString()) + gate;
        }
        if (e instanceof AgentCustomToolUse u) {
            return u.name() + " " + abbreviate(u.input().toString()) + " (custom tool)";
        }
        if (e instanceof UserCustomToolResult r) {
            return (Boolean.TRUE.equals(r.isError()) ? "ERROR " : "") + abbreviate(text(r.content()));
        }
        if (e instanceof UserToolConfirmation c) {
            return c.result().wireName() + (c.denyMessage() == null ? "" : ": " + c.denyMessage());
        }
        if (e instanceof AgentToolResult r) {
            return (r.error() ? "ERROR " : "") + abbreviate(text(r.content()));
        }
        if (e instanceof SpanModelRequestEnd s) {
            return "input_tokens=" + s.modelUsage().inputTokens() + " output_tokens=" + s.modelUsage().outputTokens();
        }
        if (e instanceof SessionStatusIdle idle) {
            String ids = idle.stopReason() instanceof StopReason.RequiresAction ra ? " " + ra.eventIds() : "";
            return "stop_reason=" + EventCodec.get().toTree(idle).get("stop_reason").get("type").asText() + ids;
        }
        if (e instanceof UserDefineOutcome d) {
            return d.outcomeId() + " (max_iterations " + d.maxIterations() + "): " + d.description();
        }
        if (e instanceof SpanOutcomeEvaluationStart s) {
            return s.outcomeId() + " iteration " + s.iteration();
        }
        if (e instanceof SpanOutcomeEvaluationEnd s) {
            return s.outcomeId() + " iteration " + s.iteration() + ": " + s.result().wireName() + " - "
                    + abbreviate(s.explanation());
        }
        if (e instanceof SessionError err) {
            return err.error().type() + ": " + err.error().message();
        }
        return "";
    }

    private static String text(java.util.List<ContentBlock> blocks) {
        StringBuilder sb = new StringBuilder();
        if (blocks != null) {
            for (ContentBlock b : blocks) {
                if (b instanceof ContentBlock.Text t) {
                    sb.append(t.text());
                }
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }
}
