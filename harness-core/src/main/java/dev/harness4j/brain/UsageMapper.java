package dev.harness4j.brain;

import dev.harness4j.event.ModelUsage;
import dev.langchain4j.model.output.TokenUsage;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Maps LangChain4j token usage to {@link ModelUsage}, including Anthropic's cache counts when the provider reports them
 * ({@code AnthropicTokenUsage}, found by its accessors so core does not depend on the Anthropic module). Public for
 * the other model callers of core (the outcome grader).
 */
public final class UsageMapper {
    private static final ClassValue<MethodHandle[]> CACHE_ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            return new MethodHandle[] {accessor(type, "cacheCreationInputTokens"), accessor(type, "cacheReadInputTokens")};
        }
    };

    private UsageMapper() {
    }

    /** The usage of one response; {@link ModelUsage#ZERO} when the provider reported none. */
    public static ModelUsage map(TokenUsage usage) {
        if (usage == null) {
            return ModelUsage.ZERO;
        }
        MethodHandle[] cache = CACHE_ACCESSORS.get(usage.getClass());
        return new ModelUsage(orZero(usage.inputTokenCount()), orZero(usage.outputTokenCount()),
                invoke(cache[0], usage), invoke(cache[1], usage), null);
    }

    private static long orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static MethodHandle accessor(Class<?> type, String name) {
        try {
            return MethodHandles.publicLookup().findVirtual(type, name, MethodType.methodType(Integer.class));
        } catch (ReflectiveOperationException | SecurityException e) {
            return null;
        }
    }

    private static long invoke(MethodHandle handle, TokenUsage usage) {
        if (handle == null) {
            return 0;
        }
        try {
            Object v = handle.invoke(usage);
            return v == null ? 0 : ((Integer) v).longValue();
        } catch (Throwable t) {
            return 0;
        }
    }
}
