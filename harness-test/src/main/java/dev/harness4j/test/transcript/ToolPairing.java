package dev.harness4j.test.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tracks one kind of tool call (built-in or MCP) and its results through a transcript, to find unpaired ones. */
final class ToolPairing {
    private final String useType;
    private final String resultType;
    private final Map<String, Integer> useIndex = new LinkedHashMap<>();
    private final Map<String, List<Integer>> resultIndexes = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    ToolPairing(String useType, String resultType) {
        this.useType = useType;
        this.resultType = resultType;
    }

    void use(int index, String id) {
        Integer previous = useIndex.putIfAbsent(id, index);
        if (previous != null) {
            problems.add(useType + " id '" + id + "' appears twice (events " + previous + " and " + index + ")");
        }
    }

    void result(int index, String toolUseId) {
        if (!useIndex.containsKey(toolUseId)) {
            problems.add(resultType + " at event " + index + " answers '" + toolUseId + "', which no earlier "
                    + useType + " has as id");
            return;
        }
        resultIndexes.computeIfAbsent(toolUseId, k -> new ArrayList<>()).add(index);
    }

    void problems(List<String> out) {
        out.addAll(problems);
        useIndex.forEach((id, index) -> {
            List<Integer> results = resultIndexes.getOrDefault(id, List.of());
            if (results.isEmpty()) {
                out.add(useType + " '" + id + "' at event " + index + " has no " + resultType);
            } else if (results.size() > 1) {
                out.add(useType + " '" + id + "' at event " + index + " has " + results.size() + " results, at events "
                        + results);
            }
        });
    }
}
