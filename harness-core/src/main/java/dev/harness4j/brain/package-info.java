/**
 * The brain: the stateless step that decides the agent's next move. {@link dev.harness4j.brain.ModelBrain} drives any
 * LangChain4j chat model and owns context engineering (the incremental projection of the log into messages).
 */
package dev.harness4j.brain;
