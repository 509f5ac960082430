package dev.harness4j.samples;

import dev.harness4j.brain.ModelResolver;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Chooses the model behind the samples: Claude, an OpenAI-compatible endpoint, or the sample's scripted brain. The
 * chat models are built with {@code maxRetries(0)}: the harness retries transient errors itself (its
 * {@code RetryPolicy}, with {@code session.status_rescheduled} events), and the client's own retries would multiply
 * them.
 */
final class Models {
    private Models() {
    }

    /** What the samples run on, described for the user. */
    record Choice(ModelResolver resolver, String description, boolean scripted) {
    }

    static Choice choose(Map<String, String> env, Supplier<ModelResolver> scripted) {
        String anthropicKey = env.get("ANTHROPIC_API_KEY");
        if (anthropicKey != null && !anthropicKey.isBlank()) {
            return new Choice(model -> AnthropicChatModel.builder().apiKey(anthropicKey).modelName(model.id())
                    .maxTokens(8192).maxRetries(0).build(), "Claude via langchain4j-anthropic (ANTHROPIC_API_KEY is set)", false);
        }
        String openAiBase = env.get("OPENAI_BASE_URL");
        if (openAiBase != null && !openAiBase.isBlank()) {
            String key = env.getOrDefault("OPENAI_API_KEY", "none");
            String name = env.getOrDefault("OPENAI_MODEL", "gpt-4o-mini");
            return new Choice(model -> OpenAiChatModel.builder().baseUrl(openAiBase).apiKey(key).modelName(name)
                    .maxRetries(0).build(),
                    "the OpenAI-compatible endpoint " + openAiBase + " (model " + name + ")", false);
        }
        return new Choice(scripted.get(), "a SCRIPTED brain: no model is called, the replies are fixed in the sample "
                + "(set ANTHROPIC_API_KEY or OPENAI_BASE_URL to use a real model)", true);
    }
}
