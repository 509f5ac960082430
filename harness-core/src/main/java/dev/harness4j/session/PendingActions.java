package dev.harness4j.session;

import dev.harness4j.ConflictException;
import dev.harness4j.NotFoundException;
import dev.harness4j.event.ConfirmationResult;
import dev.harness4j.event.Permission;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserToolConfirmation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tool calls of the agent's latest model response and what each still needs: a result, a confirmation
 * ({@code always_ask}), or a client's {@code user.custom_tool_result}. The runner updates it as it appends; senders
 * check answers against it, so a confirmation for an unknown or already answered call is refused before anything is
 * appended. Everything here is derivable from the log ({@link ResumePlan} rebuilds it after a restart).
 */
final class PendingActions {

    /** What kind of call a use is. */
    enum Kind { TOOL, CUSTOM }

    /** One call of the batch and its progress. */
    static final class Use {
        final String id;
        final Kind kind;
        final String name;
        final Map<String, Object> input;
        final Permission permission;
        final boolean inProcess;
        private boolean answerAccepted;
        private Boolean allowed;
        private String denyMessage;
        private boolean resulted;
        private boolean maybeStarted;

        Use(String id, Kind kind, String name, Map<String, Object> input, Permission permission, boolean inProcess) {
            this.id = id;
            this.kind = kind;
            this.name = name;
            this.input = input;
            this.permission = permission;
            this.inProcess = inProcess;
        }

        /** Whether the call waits for the user (an ask, or a custom tool the application answers through events). */
        boolean blocking() {
            return kind == Kind.CUSTOM ? !inProcess : permission == Permission.ASK;
        }

        /** Whether a blocking call got its answer (processed). */
        boolean decided() {
            return resulted || allowed != null;
        }

        boolean resulted() {
            return resulted;
        }

        Boolean allowed() {
            return allowed;
        }

        String denyMessage() {
            return denyMessage;
        }

        /** Whether a previous process may have started this call before it died (its side effects are unknown). */
        boolean maybeStarted() {
            return maybeStarted;
        }

        void markMaybeStarted() {
            maybeStarted = true;
        }
    }

    /** How many ids of earlier batches' calls are remembered, to tell "already answered" from "unknown". */
    private static final int REMEMBERED = 1024;

    private List<Use> uses = List.of();
    private String closedReason;
    private final Map<String, Kind> earlier = new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kind> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Replaces the batch with the uses of a new model response, appending its events under the lock. */
    synchronized void open(List<Use> batch, Runnable appendEvents) {
        appendEvents.run();
        for (Use u : uses) {
            earlier.put(u.id, u.kind);
        }
        this.uses = List.copyOf(batch);
        this.closedReason = null;
    }

    /** The uses of the batch, in event order. */
    synchronized List<Use> uses() {
        return uses;
    }

    /** The ids of blocking uses with no processed answer, in event order. */
    synchronized List<String> waiting() {
        List<String> ids = new ArrayList<>();
        for (Use u : uses) {
            if (u.blocking() && !u.decided()) {
                ids.add(u.id);
            }
        }
        return ids;
    }

    /** Whether any use still lacks a result. */
    synchronized boolean hasOpenUses() {
        return uses.stream().anyMatch(u -> !u.resulted);
    }

    /**
     * Checks the answers among {@code events} against the batch, then marks them accepted and returns their calls;
     * throws (marking nothing) when one names an unknown call or a call that is not waiting for that kind of answer.
     */
    synchronized List<Use> accept(List<? extends UserEvent> events, String sessionId) {
        Set<String> seen = new HashSet<>();
        List<Use> accepted = new ArrayList<>();
        for (UserEvent e : events) {
            if (e instanceof UserToolConfirmation c) {
                accepted.add(check(c.toolUseId(), Kind.TOOL, seen, sessionId));
            } else if (e instanceof UserCustomToolResult r) {
                accepted.add(check(r.customToolUseId(), Kind.CUSTOM, seen, sessionId));
            }
        }
        accepted.forEach(u -> u.answerAccepted = true);
        return accepted;
    }

    /** Undoes {@link #accept} when the answers could not be appended. */
    synchronized void unaccept(List<Use> accepted) {
        accepted.forEach(u -> u.answerAccepted = false);
    }

    private Use check(String id, Kind kind, Set<String> seen, String sessionId) {
        String what = kind == Kind.TOOL ? "tool use waiting for confirmation" : "custom tool use waiting for a result";
        Use use = find(id);
        if (use == null && earlier.get(id) == kind) {
            throw new ConflictException("tool use " + id + " belongs to an earlier model response; it was answered "
                    + "or closed already");
        }
        if (use == null || use.kind != kind) {
            throw new NotFoundException(what, id + " (session " + sessionId + " has no such call in its latest "
                    + "model response; waiting: " + waiting() + ")");
        }
        if (kind == Kind.TOOL && use.permission != Permission.ASK) {
            throw new ConflictException("tool use " + id + " was evaluated '" + use.permission.wireName()
                    + "'; only calls evaluated 'ask' take a user.tool_confirmation");
        }
        if (kind == Kind.CUSTOM && use.inProcess) {
            throw new ConflictException("custom tool use " + id + " is answered by the application's in-process "
                    + "handler for '" + use.name + "'");
        }
        if (closedReason != null) {
            throw new ConflictException("tool use " + id + " no longer waits for an answer: " + closedReason);
        }
        if (use.answerAccepted || use.decided() || !seen.add(id)) {
            throw new ConflictException("tool use " + id + " was already answered");
        }
        return use;
    }

    /** Records a processed confirmation; false when the call no longer waits for it (closed meanwhile). */
    synchronized boolean confirm(String id, ConfirmationResult result, String denyMessage) {
        Use use = find(id);
        if (use == null || use.kind != Kind.TOOL || use.decided()) {
            return false;
        }
        use.allowed = result == ConfirmationResult.ALLOW;
        use.denyMessage = denyMessage;
        return true;
    }

    /** Records a processed custom tool result (the event itself is the result); false when nothing waits for it. */
    synchronized boolean customResult(String id) {
        Use use = find(id);
        if (use == null || use.kind != Kind.CUSTOM || use.decided()) {
            return false;
        }
        use.resulted = true;
        return true;
    }

    /** Marks a use as having its result in the log. */
    synchronized void resulted(Use use) {
        use.resulted = true;
    }

    /** Refuses further answers (an interrupt or a new message is about to close the open calls). */
    synchronized void closeForAnswers(String reason) {
        closedReason = reason;
    }

    /** Restores a use's recorded answer (used when rebuilding from the log). */
    synchronized void restore(Use use, Boolean allowed, String denyMessage, boolean resulted, boolean answerAccepted) {
        use.allowed = allowed;
        use.denyMessage = denyMessage;
        use.resulted = resulted;
        use.answerAccepted = answerAccepted;
    }

    private Use find(String id) {
        for (Use u : uses) {
            if (u.id.equals(id)) {
                return u;
            }
        }
        return null;
    }
}
