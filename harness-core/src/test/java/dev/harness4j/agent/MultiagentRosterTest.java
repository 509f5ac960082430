package dev.harness4j.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The multiagent roster (§10.1): its JSON shapes, the callable_agents alias, and the checks against the store. */
class MultiagentRosterTest {
    private final Store store = Store.inMemory();
    private final Agents agents = new Agents(store, Clock.fixed(Instant.parse("2026-05-06T09:00:00Z"),
            ZoneOffset.UTC), IdGenerator.sequential());

    private static AgentSpec.Builder worker(String name) {
        return AgentSpec.builder().name(name).model("claude-sonnet-4-6");
    }

    @Test
    void everyEntryShapeParses() {
        AgentSpec spec = AgentSpec.fromJson("""
                {"name":"Lead","model":"m","multiagent":{"type":"coordinator","agents":[
                  "agent_a",{"type":"agent","id":"agent_b"},{"type":"agent","id":"agent_c","version":4},
                  {"type":"agent","id":"agent_d","version":null},{"type":"self"}]}}""");
        assertEquals(Multiagent.coordinator(RosterEntry.agent("agent_a"), RosterEntry.agent("agent_b"),
                RosterEntry.agent("agent_c", 4), RosterEntry.agent("agent_d"), RosterEntry.self()),
                spec.multiagent());
        AgentSpec yaml = AgentSpec.fromYaml("""
                name: Lead
                model: m
                callable_agents:
                  - agent_a
                  - {type: agent, id: agent_b, version: 2}
                  - {type: self}
                """);
        assertEquals(Multiagent.coordinator(RosterEntry.agent("agent_a"), RosterEntry.agent("agent_b", 2),
                RosterEntry.self()), yaml.multiagent());
    }

    @Test
    void badEntriesNameTheProblem() {
        refusedJson("each entry must be an agent id string or an object", "[5]");
        refusedJson("needs a string 'id'", "[{\"type\":\"agent\"}]");
        refusedJson("needs a string 'id'", "[{\"type\":\"agent\",\"id\":7}]");
        refusedJson("version must be an integer", "[{\"type\":\"agent\",\"id\":\"agent_a\",\"version\":\"2\"}]");
        refusedJson("version must be at least 1", "[{\"type\":\"agent\",\"id\":\"agent_a\",\"version\":0}]");
        refusedJson("unknown field 'id' on an entry of type self", "[{\"type\":\"self\",\"id\":\"agent_a\"}]");
        refusedJson("unknown field 'name' on an entry of type agent",
                "[{\"type\":\"agent\",\"id\":\"agent_a\",\"name\":\"x\"}]");
        refusedJson("unknown entry type 'null'", "[{\"id\":\"agent_a\"}]");
        // An empty coordinator roster is an error; an empty callable_agents list means "no roster" (it clears).
        refused("at least 1 entry", () -> AgentSpec.fromJson("{\"name\":\"L\",\"model\":\"m\",\"multiagent\":"
                + "{\"type\":\"coordinator\",\"agents\":[]}}"));
        refused("at least 1 entry", () -> AgentUpdate.fromJson("{\"multiagent\":{\"type\":\"coordinator\","
                + "\"agents\":[]}}").applyTo(worker("L").build()));
        refusedJson("listed twice", "[\"agent_a\",{\"type\":\"agent\",\"id\":\"agent_a\",\"version\":1}]");
        refusedJson("at most one {\"type\":\"self\"}", "[{\"type\":\"self\"},{\"type\":\"self\"}]");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("\"agent_" + i + "\"");
        }
        refusedJson("at most 20", "[" + String.join(",", many) + "]");
    }

    @Test
    void callableAgentsIsAnAliasOnCreateAndUpdate() {
        List<RosterEntry> roster = List.of(RosterEntry.agent("agent_a"), RosterEntry.self());
        assertEquals(Multiagent.coordinator(roster), worker("L").callableAgents(roster).build().multiagent());
        assertNull(worker("L").callableAgents(List.of()).build().multiagent());
        assertNull(worker("L").multiagent(Multiagent.coordinator(roster)).callableAgents(null).build().multiagent());
        assertEquals(AgentSpec.fromJson("{\"name\":\"L\",\"model\":\"m\",\"callable_agents\":[\"agent_a\","
                        + "{\"type\":\"self\"}]}"),
                AgentSpec.fromJson("{\"name\":\"L\",\"model\":\"m\",\"multiagent\":{\"type\":\"coordinator\","
                        + "\"agents\":[\"agent_a\",{\"type\":\"self\"}]}}"));

        AgentSpec current = worker("L").callableAgents(roster).build();
        assertEquals(Multiagent.coordinator(RosterEntry.agent("agent_b")), AgentUpdate.builder()
                .callableAgents(List.of(RosterEntry.agent("agent_b"))).build().applyTo(current).multiagent());
        assertNull(AgentUpdate.builder().callableAgents(List.of()).build().applyTo(current).multiagent());
        assertNull(AgentUpdate.fromJson("{\"callable_agents\":[]}").applyTo(current).multiagent());
        assertNull(AgentUpdate.fromJson("{\"callable_agents\":null}").applyTo(current).multiagent());
        assertNull(AgentUpdate.fromJson("{\"multiagent\":null}").applyTo(current).multiagent());
        assertEquals(current.multiagent(), AgentUpdate.fromJson("{\"name\":\"M\"}").applyTo(current).multiagent());
        InvalidRequestException both = assertThrows(InvalidRequestException.class, () -> AgentUpdate.fromJson(
                "{\"multiagent\":{\"type\":\"coordinator\",\"agents\":[\"agent_a\"]},\"callable_agents\":[\"agent_b\"]}"));
        assertTrue(both.getMessage().contains("not both"), both.getMessage());
        InvalidRequestException bad = assertThrows(InvalidRequestException.class,
                () -> AgentUpdate.fromJson("{\"callable_agents\":[{\"type\":\"advisor\"}]}"));
        assertTrue(bad.getMessage().contains("unknown entry type 'advisor'"), bad.getMessage());
    }

    @Test
    void selfIsAllowedAndNeedsNoStoredAgent() {
        Agent lead = agents.create(worker("Lead").callableAgents(List.of(RosterEntry.self())).build());
        assertEquals(Multiagent.coordinator(RosterEntry.self()), lead.multiagent());
        Agent again = agents.update(lead.id(), AgentUpdate.fromJson("{\"callable_agents\":[{\"type\":\"self\"}]}"));
        assertEquals(lead, again, "the same roster is not a change");
    }

    @Test
    void rosterChecksRunOnUpdateThroughTheAliasAndSaveNothingOnError() {
        Agent w = agents.create(worker("W").build());
        Agent lead = agents.create(worker("Lead").callableAgents(List.of(RosterEntry.agent(w.id()))).build());
        refused("agent agent_missing does not exist", () -> agents.update(lead.id(),
                AgentUpdate.fromJson("{\"callable_agents\":[\"agent_missing\"]}")));
        refused("multiagent.agents[1]: agent " + w.id() + " has no version 2", () -> agents.update(lead.id(),
                AgentUpdate.fromJson("{\"callable_agents\":[{\"type\":\"self\"},{\"type\":\"agent\",\"id\":\""
                        + w.id() + "\",\"version\":2}]}")));
        refused("is this agent", () -> agents.update(lead.id(),
                AgentUpdate.fromJson("{\"callable_agents\":[\"" + lead.id() + "\"]}")));
        agents.archive(w.id());
        refused("is archived and cannot be referenced", () -> agents.create(worker("Other")
                .callableAgents(List.of(RosterEntry.agent(w.id(), 1))).build()));
        assertEquals(List.of(lead), agents.versions(lead.id()));
        assertEquals(2, agents.listIncludingArchived().size(), "the refused create stored nothing");
    }

    @Test
    void aCalleeMayLaterBecomeACoordinatorBecauseRostersArePinned() {
        Agent w = agents.create(worker("W").build());
        Agent spare = agents.create(worker("Spare").build());
        Agent lead = agents.create(worker("Lead").callableAgents(List.of(RosterEntry.agent(w.id()))).build());
        assertEquals(Multiagent.coordinator(RosterEntry.agent(w.id(), 1)), lead.multiagent());

        // W becomes a coordinator at version 2; Lead keeps calling W version 1, which has no roster (depth 1).
        Agent w2 = agents.update(w.id(), AgentUpdate.builder()
                .callableAgents(List.of(RosterEntry.agent(spare.id()))).build());
        assertEquals(2, w2.version());
        RosterEntry.AgentRef pinned = (RosterEntry.AgentRef) ((Multiagent.Coordinator) agents.retrieve(lead.id())
                .multiagent()).agents().get(0);
        assertNull(agents.retrieve(pinned.id(), pinned.version()).multiagent());

        // A new roster naming W resolves to its latest version, which coordinates: refused.
        refused("has multiagent itself", () -> agents.create(worker("Lead2")
                .callableAgents(List.of(RosterEntry.agent(w.id()))).build()));
        refused("has multiagent itself", () -> agents.update(lead.id(), AgentUpdate.builder()
                .callableAgents(List.of(RosterEntry.agent(w.id()), RosterEntry.self())).build()));
        // Pinning the roster-free version stays allowed.
        Agent lead2 = agents.create(worker("Lead2").callableAgents(List.of(RosterEntry.agent(w.id(), 1))).build());
        assertEquals(Multiagent.coordinator(RosterEntry.agent(w.id(), 1)), lead2.multiagent());
    }

    private static void refusedJson(String part, String agentsJson) {
        refused(part, () -> AgentSpec.fromJson("{\"name\":\"L\",\"model\":\"m\",\"multiagent\":{\"type\":"
                + "\"coordinator\",\"agents\":" + agentsJson + "}}"));
        refused(part, () -> AgentUpdate.fromJson("{\"callable_agents\":" + agentsJson + "}").applyTo(
                worker("L").build()));
    }

    private static void refused(String part, Executable call) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, call);
        assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
    }
}
