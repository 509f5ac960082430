package dev.harness4j.brain;

import dev.harness4j.event.ModelUsage;
import java.util.List;
import java.util.Objects;

/** The output of one brain step: the agent's moves in order, and the usage of the model call(s) behind them. */
public record BrainResponse(List<BrainMove> moves, ModelUsage usage) {
    /** Validates and copies. */
    public BrainResponse {
        moves = List.copyOf(moves);
        Objects.requireNonNull(usage, "usage");
    }

    /** Whether any move calls a tool (the turn goes on after the results). */
    public boolean callsTools() {
        for (BrainMove m : moves) {
            if (m instanceof BrainMove.CallTool) {
                return true;
            }
        }
        return false;
    }
}
