/**
 * The brain: the stateless step that decides the agent's next move. {@link dev.harness4j.brain.ModelBrain} drives any
 * LangChain4j chat model and owns context engineering (the incremental projection of the log into messages).
 *
 * <p>Compaction is a separate step the runtime asks for before each model call: {@link
 * dev.harness4j.brain.Brain#checkContext} says whether the context fits, needs compacting or has stopped benefiting
 * from it, and {@link dev.harness4j.brain.Brain#compact} summarises the older messages in a request of its own
 * ({@link dev.harness4j.brain.CompactionPolicy}). The runtime records the result as
 * {@code agent.thread_context_compacted}; the projection applies it from the log, so a restarted process sees the same
 * "summary + tail" and a tool call is never separated from its result.
 */
package dev.harness4j.brain;
