package dev.harness4j.agent;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.harness4j.InvalidRequestException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An agent's multiagent declaration. The supported form is the {@code coordinator} roster (§10.1): 1–20 entries,
 * distinct agents, at most one {@code self}. The legacy agent field {@code callable_agents} loads as a coordinator.
 *
 * <p>Rules checked by {@link Agents#create} and {@link Agents#update} against the store: every referenced agent (and
 * pinned version) exists, is not archived and has no multiagent of its own (one level of delegation); a reference is
 * stored pinned to the version it resolved to. {@code {"type":"self"}} is allowed (the reference lets a coordinator
 * run copies of itself); a self copy is a callee, so the runtime must run it without the roster. An agent that appears
 * in another coordinator's roster may later become a coordinator itself: rosters pin versions, so the pinned
 * (roster-free) version stays what the other coordinator calls, and depth never exceeds one.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = Multiagent.Coordinator.class, name = Multiagent.Coordinator.TYPE))
public sealed interface Multiagent {

    /** Most roster entries. */
    int MAX_AGENTS = 20;

    /** A coordinator with these roster entries. */
    static Coordinator coordinator(List<RosterEntry> agents) {
        return new Coordinator(agents);
    }

    /** A coordinator with these roster entries. */
    static Coordinator coordinator(RosterEntry... agents) {
        return new Coordinator(List.of(agents));
    }

    /** The agent coordinates a roster of callable agents, each run in its own session thread. */
    record Coordinator(List<RosterEntry> agents) implements Multiagent {
        /** The wire type. */
        public static final String TYPE = "coordinator";

        /** Validates the roster's shape: 1–20 entries, distinct agents, at most one self. */
        public Coordinator {
            agents = Check.list(Check.required(agents, "multiagent.agents"), "multiagent.agents");
            if (agents.isEmpty()) {
                throw new InvalidRequestException("multiagent.agents must have at least 1 entry");
            }
            Check.maxSize(agents, "multiagent.agents", MAX_AGENTS);
            Set<String> ids = new HashSet<>();
            int selves = 0;
            for (RosterEntry e : agents) {
                if (e instanceof RosterEntry.Self) {
                    selves++;
                } else if (e instanceof RosterEntry.AgentRef ref && !ids.add(ref.id())) {
                    throw new InvalidRequestException("multiagent.agents: agent " + ref.id() + " is listed twice");
                }
            }
            if (selves > 1) {
                throw new InvalidRequestException(
                        "multiagent.agents: at most one {\"type\":\"self\"} entry allowed, got " + selves);
            }
        }
    }
}
