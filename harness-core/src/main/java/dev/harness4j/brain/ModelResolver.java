package dev.harness4j.brain;

import dev.harness4j.agent.ModelConfig;
import dev.langchain4j.model.chat.ChatModel;

/** Turns an agent's {@code model} into a LangChain4j {@link ChatModel}; given to the harness builder. */
@FunctionalInterface
public interface ModelResolver {

    /** The chat model for this model configuration; throws an exception naming the model when there is none. */
    ChatModel resolve(ModelConfig model);

    /** A resolver that answers every model with the same chat model (tests, single-model applications). */
    static ModelResolver always(ChatModel model) {
        return config -> model;
    }
}
