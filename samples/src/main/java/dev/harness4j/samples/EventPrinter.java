package dev.harness4j.samples;

import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.EventCodec;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.UserMessage;
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
        if (e instanceof UserMessage m && m.processedAt() == null) {
            return; // the queued echo; the processed copy follows
        }
        out.println("[" + e.type() + "] " + describe(e));
        out.flush();
    }

    private static String describe(Event e) {
        if (e instanceof UserMessage m) {
            return text(m.content());
        }
        if (e instanceof AgentMessage m) {
            return m.text();
        }
        if (e instanceof AgentToolUse u) {
            return u.name() + " " + abbreviate(u.input().toString());
        }
        if (e instanceof AgentToolResult r) {
            return (r.error() ? "ERROR " : "") + abbreviate(text(r.content()));
        }
        if (e instanceof SpanModelRequestEnd s) {
            return "input_tokens=" + s.modelUsage().inputTokens() + " output_tokens=" + s.modelUsage().outputTokens();
        }
        if (e instanceof SessionStatusIdle idle) {
            return "stop_reason=" + EventCodec.get().toTree(idle).get("stop_reason").get("type").asText();
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
