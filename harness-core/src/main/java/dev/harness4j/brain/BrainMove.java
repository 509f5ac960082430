package dev.harness4j.brain;

import java.util.Map;
import java.util.Objects;

/** One move of the agent within a step: think, say something, or call a tool. */
public sealed interface BrainMove {

    /** The agent thought (the text is not exposed on the event stream). */
    record Think() implements BrainMove {
    }

    /** The agent says {@code text}. */
    record Say(String text) implements BrainMove {
        /** Validates the text. */
        public Say {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The agent calls tool {@code name} with {@code input}; {@code problem} is non-null when the model's call was malformed. */
    record CallTool(String name, Map<String, Object> input, String problem) implements BrainMove {
        /** Validates and copies. */
        public CallTool {
            Objects.requireNonNull(name, "name");
            input = input == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(input));
        }

        /** A well-formed call. */
        public static CallTool of(String name, Map<String, Object> input) {
            return new CallTool(name, input, null);
        }
    }
}
